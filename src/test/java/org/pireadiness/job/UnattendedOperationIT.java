package org.pireadiness.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract §2 "Re-runs", exit code 4 and a stop by signal, with real processes of the packaged job on {@code sample-data/}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnattendedOperationIT {

	private static final List<String> REPORTS = List.of("at-risk-clinicians.csv", "at-risk-entities.csv",
			"clinician-status.csv", "entity-status.csv", "rejected-rows.csv", "changes.csv", "report.html", "summary.json");

	@TempDir
	static Path folder;

	private JobProcess job;

	private Path reference;

	private String[] command(Path output, Path data, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--input=sample-data", "--performance-year=2025",
				"--as-of=2025-11-17", "--output=" + output, "--pi-readiness.data-dir=" + data, "--pi-readiness.job.chunk-size=20",
				"--spring.main.sources=org.pireadiness.job.PauseInStep"));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	@BeforeAll
	void uninterruptedRun() throws Exception {
		job = new JobProcess(folder);
		reference = folder.resolve("reference");
		JobProcess.Result result = job.run(command(reference, folder.resolve("reference-data")));
		assertThat(result.exitCode()).as(result.err()).isZero();
	}

	@ParameterizedTest(name = "kill -9 in {0}, then the same command")
	@ValueSource(strings = { "readGroups", "readChecklists", "judgeEntities", "judgeClinicians", "writeReports" })
	void aKilledRunResumesAndWritesTheSameReports(String step) throws Exception {
		Path output = folder.resolve("out-" + step);
		Path data = folder.resolve("data-" + step);
		Path marker = folder.resolve("paused-" + step);
		var paused = job.start(List.of("pause.step=" + step, "pause.marker=" + marker), command(output, data));
		JobProcess.awaitFile(marker);
		paused.process().destroyForcibly().waitFor();

		JobProcess.Result resumed = job.run(command(output, data));
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(resumed.out()).contains("Recovering job execution").contains("Resuming the run of these inputs");
		for (String report : REPORTS) {
			assertThat(Files.readAllBytes(output.resolve(report))).as(report)
				.isEqualTo(Files.readAllBytes(reference.resolve(report)));
		}
		assertThat(output.resolve(".pi-readiness-staging")).doesNotExist();
		assertThat(JobProcess.count(data, "select count(*) from BATCH_JOB_INSTANCE")).isEqualTo(1);
		assertThat(JobProcess.count(data, "select count(*) from BATCH_JOB_EXECUTION")).isEqualTo(2);
		assertThat(JobProcess.count(data, "select count(*) from BATCH_JOB_EXECUTION where STATUS = 'COMPLETED'")).isEqualTo(1);
	}

	/**
	 * SIGTERM stops a run cleanly: the step stops at its next chunk or batch, the execution is STOPPED, the previous
	 * reports stay, one line says so, exit 143; the same command then resumes it and writes exactly the reports an
	 * uninterrupted run writes.
	 */
	@ParameterizedTest(name = "kill -TERM in {0}, then the same command")
	@ValueSource(strings = { "readChecklists", "judgeClinicians", "writeReports" })
	void aTerminatedRunStopsCleanlyAndResumes(String step) throws Exception {
		Path output = Files.createDirectories(folder.resolve("term-out-" + step));
		Path data = folder.resolve("term-data-" + step);
		for (String report : REPORTS) {
			Files.writeString(output.resolve(report), "the previous night's " + report);
		}
		Path marker = folder.resolve("term-paused-" + step);
		var paused = job.start(List.of("pause.step=" + step, "pause.marker=" + marker), command(output, data));
		JobProcess.awaitFile(marker);
		paused.process().destroy(); // SIGTERM
		assertThat(paused.process().waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s of the signal").isTrue();
		JobProcess.Result stopped = job.finish(paused);
		assertThat(stopped.exitCode()).as(stopped.err()).isEqualTo(143);
		assertThat(stopped.err().strip()).isEqualTo("pi-readiness: stopped by signal TERM; the previous reports are "
				+ "untouched; run the same command again to resume");
		for (String report : REPORTS) {
			assertThat(output.resolve(report)).hasContent("the previous night's " + report);
		}
		assertThat(output.resolve(".pi-readiness-staging")).doesNotExist();
		assertThat(JobProcess.count(data, "select count(*) from BATCH_JOB_EXECUTION where STATUS = 'STOPPED'")).isEqualTo(1);
		assertThat(JobProcess.count(data, "select count(*) from BATCH_STEP_EXECUTION where STATUS = 'STOPPED' and STEP_NAME = '"
				+ step + "'")).isEqualTo(1);

		JobProcess.Result resumed = job.run(command(output, data));
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(resumed.out()).contains("Resuming the run of these inputs").doesNotContain("Recovering");
		for (String report : REPORTS) {
			assertThat(Files.readAllBytes(output.resolve(report))).as(report)
				.isEqualTo(Files.readAllBytes(reference.resolve(report)));
		}
		assertThat(JobProcess.count(data, "select count(*) from BATCH_JOB_EXECUTION")).isEqualTo(2);
		assertThat(JobProcess.count(data, "select count(*) from BATCH_JOB_EXECUTION where STATUS = 'COMPLETED'")).isEqualTo(1);
	}

	@Test
	void asecondLaunchOnTheSameOutputOrDatabaseExitsFour() throws Exception {
		Path output = folder.resolve("busy-out");
		Path data = folder.resolve("busy-data");
		Path marker = folder.resolve("busy-paused");
		var first = job.start(List.of("pause.step=readChecklists", "pause.marker=" + marker), command(output, data));
		JobProcess.awaitFile(marker);
		try {
			JobProcess.Result sameBoth = job.run(command(output, data));
			assertThat(sameBoth.exitCode()).as(sameBoth.err()).isEqualTo(4);
			assertThat(sameBoth.err()).contains("another run is in progress").contains("pid " + first.process().pid());
			JobProcess.Result sameOutput = job.run(command(output, folder.resolve("other-data")));
			assertThat(sameOutput.exitCode()).isEqualTo(4);
			assertThat(sameOutput.err()).contains("output folder").contains("pid " + first.process().pid());
			JobProcess.Result sameDatabase = job.run(command(folder.resolve("other-out"), data));
			assertThat(sameDatabase.exitCode()).isEqualTo(4);
			assertThat(sameDatabase.err()).contains("job repository").contains("pid " + first.process().pid());
			assertThat(sameBoth.err().strip().lines()).hasSize(1);
		}
		finally {
			first.process().destroyForcibly().waitFor();
		}
	}

	@Test
	void anInjectedFailureExitsOneAndLeavesThePreviousReports() throws Exception {
		Path output = folder.resolve("fail-out");
		Path data = folder.resolve("fail-data");
		assertThat(job.run(command(output, data)).exitCode()).isZero();
		byte[] before = Files.readAllBytes(output.resolve("at-risk-clinicians.csv"));
		JobProcess.Result failed = job.run(command(output, data, "--pi-readiness.rules.performance-years.2025.min-pi-period-days=200",
				"--spring.main.sources=org.pireadiness.job.FailInStep"));
		assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
		assertThat(failed.err().strip()).startsWith("pi-readiness: the job FAILED").contains("disk is full").contains("resume");
		assertThat(failed.err()).doesNotContain("\tat ");
		assertThat(Files.readAllBytes(output.resolve("at-risk-clinicians.csv"))).isEqualTo(before);
		JobProcess.Result resumed = job.run(command(output, data, "--pi-readiness.rules.performance-years.2025.min-pi-period-days=200"));
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(Files.readAllBytes(output.resolve("at-risk-clinicians.csv"))).isNotEqualTo(before);
	}

	@Test
	void aRunningJobListensOnNoNetworkSocket() throws Exception {
		Path marker = folder.resolve("listening-paused");
		var paused = job.start(List.of("pause.step=judgeClinicians", "pause.marker=" + marker),
				command(folder.resolve("listening-out"), folder.resolve("listening-data")));
		JobProcess.awaitFile(marker);
		try {
			java.util.Set<String> sockets = new java.util.HashSet<>();
			try (var fds = Files.list(Path.of("/proc", String.valueOf(paused.process().pid()), "fd"))) {
				for (Path fd : fds.toList()) {
					String link = Files.readSymbolicLink(fd).toString();
					if (link.startsWith("socket:[")) {
						sockets.add(link.substring(8, link.length() - 1));
					}
				}
			}
			for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
				Path file = Path.of("/proc/net", table);
				if (!Files.exists(file)) {
					continue;
				}
				for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
					String[] fields = line.trim().split("\\s+");
					boolean listening = table.startsWith("udp") || fields[3].equals("0A");
					assertThat(listening && sockets.contains(fields[9])).as(table + ": " + line).isFalse();
				}
			}
		}
		finally {
			paused.process().destroyForcibly().waitFor();
		}
	}
}
