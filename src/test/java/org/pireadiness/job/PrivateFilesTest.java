package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file and folder the job writes is its owner's only (or its group's too, when configured). */
class PrivateFilesTest {

	@TempDir
	Path folder;

	private RunFixture portfolio() throws IOException {
		var fixture = new RunFixture(folder);
		for (String file : List.of("groups.csv", "clinicians.csv", "checklist_results.csv")) {
			fixture.write(file, Files.readString(Path.of("sample-data", file)));
		}
		return fixture;
	}

	private Map<String, String> modes(Path... roots) throws IOException {
		Map<String, String> modes = new TreeMap<>();
		for (Path root : roots) {
			try (Stream<Path> paths = Files.walk(root)) {
				for (Path path : paths.toList()) {
					modes.put(folder.relativize(path).toString(),
							PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
				}
			}
		}
		return modes;
	}

	@Test
	void reportsLockFilesAndTheDatabaseAreTheOwnersOnly() throws IOException {
		RunFixture fixture = portfolio();
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		Map<String, String> modes = modes(fixture.output(), folder.resolve("data"));
		assertThat(modes).containsKeys("output/at-risk-clinicians.csv", "output/summary.json", "output/.pi-readiness.lock",
				"data/pi-readiness.mv.db", "data/.pi-readiness.lock");
		modes.forEach((path, mode) -> assertThat(mode).as(path).isIn("rw-------", "rwx------"));
	}

	/**
	 * An H2 URL of one's own, outside the data folder: its missing folders are created private, the database file is
	 * private from the start, and the data folder the run does not use is not created.
	 */
	@Test
	void aDatabaseOfOnesOwnIsPrivateWhereverItLives() throws IOException {
		RunFixture fixture = portfolio();
		Path elsewhere = folder.resolve("elsewhere");
		Files.createDirectories(elsewhere);
		Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
		String url = "jdbc:h2:file:" + elsewhere.resolve("repo/pi") + ";TRACE_LEVEL_FILE=0";
		RunFixture.Result result = fixture.runJob(2025, "--spring.datasource.url=" + url);
		assertThat(result.exitCode()).as(result.err()).isZero();
		Map<String, String> modes = modes(elsewhere);
		assertThat(modes).containsEntry("elsewhere", "rwxr-xr-x") // the owner's folder keeps what the owner gave it
			.containsEntry("elsewhere/repo", "rwx------")
			.containsEntry("elsewhere/repo/pi.mv.db", "rw-------")
			.containsEntry("elsewhere/repo/.pi-readiness.lock", "rw-------");
		assertThat(folder.resolve("data")).doesNotExist();

		// a file H2 added between runs (its trace file), and a database made before this version, are made private
		Path trace = Files.writeString(elsewhere.resolve("repo/pi.trace.db"), "trace");
		Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-r--r--"));
		Files.setPosixFilePermissions(elsewhere.resolve("repo/pi.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
		Path unrelated = Files.writeString(elsewhere.resolve("repo/notes.txt"), "the owner's");
		Files.setPosixFilePermissions(unrelated, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(fixture.runJob(2025, "--spring.datasource.url=" + url, "--as-of=2025-11-02").exitCode()).isZero();
		assertThat(modes(elsewhere)).containsEntry("elsewhere/repo/pi.mv.db", "rw-------")
			.containsEntry("elsewhere/repo/pi.trace.db", "rw-------")
			.containsEntry("elsewhere/repo/notes.txt", "rw-r--r--");
	}

	@Test
	void groupReadIsASetting() throws IOException {
		RunFixture fixture = portfolio();
		assertThat(fixture.runJob(2025, "--pi-readiness.job.group-readable=true").exitCode()).isZero();
		Map<String, String> modes = modes(fixture.output(), folder.resolve("data"));
		assertThat(modes.get("output/at-risk-clinicians.csv")).isEqualTo("rw-r-----");
		assertThat(modes.get("data/pi-readiness.mv.db")).isEqualTo("rw-r-----");
		modes.forEach((path, mode) -> assertThat(mode).as(path).endsWith("---"));
	}
}
