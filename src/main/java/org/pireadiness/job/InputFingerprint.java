package org.pireadiness.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.pireadiness.cli.RunRequest;
import org.pireadiness.intake.submission.SubmissionFiles;

/**
 * Identifies a run by what decides its reports: the year, the as-of date, each input file and submission file
 * (path, size, last modification), the rule settings and whether per-TIN folders are written. The same command on
 * unchanged files finds the same job instance; an edited file, another year or date, or other rules start a new one.
 */
final class InputFingerprint {

	private InputFingerprint() {
	}

	static String of(RunRequest request, Object ruleSettings) {
		MessageDigest digest = sha256();
		update(digest, "year=" + request.performanceYear());
		update(digest, "as-of=" + request.asOf());
		Stream.concat(Stream.concat(Stream.of(request.clinicians(), request.groups(), request.checklist()),
				request.measures().stream()),
				Stream.concat(request.checklistCatalog().stream(), request.mapping().stream()))
			.forEach(file -> update(digest, describe(file)));
		// every submission file, so a changed or added payload is a new run
		request.submissions().ifPresent(path -> SubmissionFiles.list(path).forEach(file -> update(digest,
				describe(file.path()))));
		update(digest, "rules=" + ruleSettings);
		update(digest, "split-by-tin=" + request.splitByTin());
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String describe(Path file) {
		try {
			return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
