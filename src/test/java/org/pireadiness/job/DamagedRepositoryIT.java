package org.pireadiness.job;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, with real processes and the sample portfolio: a job repository that lost the output folder's previous
 * run (cut short, replaced by another one) says so and starts the history again; one that cannot be opened exits 1
 * naming the file to move aside, the previous reports untouched.
 */
class DamagedRepositoryIT {

	private static final List<String> STATUS_REPORTS = List.of("clinician-status.csv", "entity-status.csv",
			"at-risk-clinicians.csv", "at-risk-entities.csv", "rejected-rows.csv");

	@TempDir
	Path folder;

	private JobProcess job;

	@BeforeEach
	void setUp() throws Exception {
		job = new JobProcess(Files.createDirectories(folder.resolve("logs")));
	}

	/** A nightly run of the sample, each TIN's pages too. */
	private JobProcess.Result night(Path output, Path data, String asOf) throws Exception {
		return job.run("--input=sample-data", "--performance-year=2025", "--output=" + output, "--as-of=" + asOf,
				"--pi-readiness.data-dir=" + data, "--split-by-tin");
	}

	/** Two nights on one repository and output folder; returns the run id of the second. */
	private String twoNights(Path output, Path data) throws Exception {
		assertThat(night(output, data, "2025-11-15").exitCode()).isZero();
		assertThat(night(output, data, "2025-11-16").exitCode()).isZero();
		return summary(output).get("run_id").asString();
	}

	private static JsonNode summary(Path output) throws Exception {
		return JsonMapper.builder().build().readTree(output.resolve("summary.json").toFile());
	}

	@Test
	void aRepositoryCutShortRestartsTheHistoryAndSaysSo() throws Exception {
		Path damaged = folder.resolve("damaged");
		Path control = folder.resolve("control");
		String second = twoNights(damaged.resolve("out"), damaged.resolve("data"));
		twoNights(control.resolve("out"), control.resolve("data"));
		// a full disk or a bad copy: the database file cut short; H2 opens an older state of it
		try (var file = new RandomAccessFile(damaged.resolve("data/pi-readiness.mv.db").toFile(), "rw")) {
			file.setLength(12000);
		}
		JobProcess.Result third = night(damaged.resolve("out"), damaged.resolve("data"), "2025-11-17");
		JobProcess.Result controlThird = night(control.resolve("out"), control.resolve("data"), "2025-11-17");
		assertThat(third.exitCode()).as(third.err()).isZero();
		assertThat(controlThird.exitCode()).as(controlThird.err()).isZero();

		// said once, naming the previous run and its date
		assertThat(third.out().lines().filter(line -> line.contains("History restarted"))).singleElement()
			.asString().contains("run " + second + " (as of 2025-11-16)");
		assertThat(summary(damaged.resolve("out")).get("history_restarted").asBoolean()).isTrue();
		assertThat(controlThird.out()).doesNotContain("History restarted");
		assertThat(summary(control.resolve("out")).get("history_restarted").asBoolean()).isFalse();
		// the findings are those of an undamaged night; what changed is a header only, the trend one point
		for (String report : STATUS_REPORTS) {
			assertThat(damaged.resolve("out").resolve(report)).as(report)
				.hasSameTextualContentAs(control.resolve("out").resolve(report));
		}
		assertThat(Files.readAllLines(damaged.resolve("out/changes.csv"))).hasSize(1);
		assertThat(summary(damaged.resolve("out")).get("trend")).hasSize(1);
		assertThat(summary(control.resolve("out")).get("trend")).hasSize(3);
		assertThat(Files.readString(damaged.resolve("out/report.html"))).contains("History restarted:")
			.contains("which the job repository does not know");
	}

	@Test
	void anotherRepositoryForTheSameOutputSaysTheSame() throws Exception {
		Path output = folder.resolve("out");
		String second = twoNights(output, folder.resolve("data"));
		JobProcess.Result other = night(output, folder.resolve("other-data"), "2025-11-17");
		assertThat(other.exitCode()).as(other.err()).isZero();
		assertThat(other.out()).contains("History restarted: the reports in the output folder came from run " + second);
		assertThat(summary(output).get("history_restarted").asBoolean()).isTrue();
		// a practice's own page says it too
		assertThat(Files.readString(output.resolve("by-tin/100000001/report.html"))).contains("History restarted:");
		// the next night, on that repository, knows the run before it
		JobProcess.Result next = night(output, folder.resolve("other-data"), "2025-11-18");
		assertThat(next.out()).doesNotContain("History restarted");
		assertThat(summary(output).get("history_restarted").asBoolean()).isFalse();
	}

	@Test
	void aRepositoryFullOfNoiseExitsOneWithTheRemedy() throws Exception {
		Path output = folder.resolve("out");
		Path data = folder.resolve("data");
		twoNights(output, data);
		byte[] noise = new byte[65536];
		new Random(28).nextBytes(noise);
		Path database = data.resolve("pi-readiness.mv.db");
		Files.write(database, noise);
		List<byte[]> before = read(output);
		JobProcess.Result failed = night(output, data, "2025-11-17");
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.err().strip().lines()).singleElement().asString()
			.startsWith("pi-readiness: cannot start: cannot open the job repository database")
			.contains("move " + database.toAbsolutePath() + " aside")
			.contains("the reports in --output are untouched");
		assertThat(failed.err()).doesNotContain("\tat ");
		List<byte[]> after = read(output);
		for (int i = 0; i < before.size(); i++) {
			assertThat(after.get(i)).isEqualTo(before.get(i));
		}
	}

	private static List<byte[]> read(Path output) throws Exception {
		try (var files = Files.list(output)) {
			return files.filter(Files::isRegularFile).sorted().map(file -> {
				try {
					return Files.readAllBytes(file);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
	}
}
