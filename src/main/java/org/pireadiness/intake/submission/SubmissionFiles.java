package org.pireadiness.intake.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.pireadiness.intake.InputFileException;

/**
 * The submission files of {@code --submissions} (contract §7): one file, or every {@code *.json} and {@code *.xml}
 * file of a folder, in name order. A path that cannot be read is a usage error.
 */
public final class SubmissionFiles {

	/** One submission file, with the name the reports give it (relative to the folder). */
	public record File(Path path, String label) {

		public boolean isJson() {
			return label.toLowerCase(Locale.ROOT).endsWith(".json");
		}
	}

	private SubmissionFiles() {
	}

	public static List<File> list(Path path) {
		if (Files.isRegularFile(path)) {
			readable(path);
			return List.of(new File(path, path.getFileName().toString()));
		}
		if (!Files.isDirectory(path)) {
			throw new InputFileException("--submissions: no such file or folder: " + path);
		}
		try (Stream<Path> files = Files.list(path)) {
			List<File> submissions = files.filter(Files::isRegularFile).filter(SubmissionFiles::isSubmission).sorted()
				.map(file -> new File(file, path.relativize(file).toString()))
				.toList();
			submissions.forEach(file -> readable(file.path()));
			return submissions;
		}
		catch (IOException ex) {
			throw new InputFileException("--submissions: cannot read the folder " + path + ": " + ex.getMessage(), ex);
		}
	}

	/** The folder's files that are not submission files, to name once in the log. */
	public static List<String> others(Path path) {
		if (!Files.isDirectory(path)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(path)) {
			return files.filter(file -> !Files.isRegularFile(file) || !isSubmission(file))
				.map(file -> path.relativize(file).toString()).sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static boolean isSubmission(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".json") || name.endsWith(".xml");
	}

	private static void readable(Path file) {
		if (!Files.isReadable(file)) {
			throw new InputFileException("--submissions: cannot read " + file + " (no permission)");
		}
	}
}
