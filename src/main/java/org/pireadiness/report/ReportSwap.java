package org.pireadiness.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a staged set of reports in place of the previous set, as a whole: the output folder holds either the one
 * or the other, never a mix.
 */
final class ReportSwap {

	private static final String PREVIOUS = ".pi-readiness-previous";

	private final Path output;

	private final PrivateFiles privateFiles;

	ReportSwap(Path output, PrivateFiles privateFiles) {
		this.output = output;
		this.privateFiles = privateFiles;
	}

	/**
	 * Moves the staged reports into place. The reports they replace (and any this run does not write, such as an
	 * old {@code by-tin} folder) are moved aside first and moved back if any move fails, so the folder holds either
	 * the previous set or the new one.
	 */
	void publish(Path staging, List<String> outputs) throws IOException {
		Path previous = output.resolve(PREVIOUS);
		deleteTree(previous);
		Files.createDirectories(previous);
		privateFiles.folder(previous);
		List<String> replaced = new ArrayList<>();
		List<Path> placed = new ArrayList<>();
		try {
			for (String name : outputs) {
				Path target = output.resolve(name);
				if (Files.exists(target)) {
					move(target, previous.resolve(name));
					replaced.add(name);
				}
				if (Files.exists(staging.resolve(name))) {
					move(staging.resolve(name), target);
					placed.add(target);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			for (Path target : placed) {
				deleteTree(target);
			}
			for (String name : replaced) {
				move(previous.resolve(name), output.resolve(name));
			}
			throw ex;
		}
		deleteTree(previous);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
