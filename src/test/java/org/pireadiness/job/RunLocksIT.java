package org.pireadiness.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run at a time per job repository and per output folder, and no more (issue 20): runs from the same working
 * directory, each with its own H2 URL and output, as a billing group's cron runs separate portfolios, do not
 * block each other; the lock is on the repository a run uses, not on a default data folder it does not use.
 */
class RunLocksIT {

	@TempDir
	Path folder;

	private JobProcess job;

	@BeforeEach
	void processes() {
		job = new JobProcess(folder);
	}

	/** No data folder: each run names its own repository, as an operator's cron line would. */
	private static String[] command(Path output, Path repository) {
		List<String> args = new ArrayList<>(List.of("--input=sample-data", "--performance-year=2025",
				"--as-of=2025-11-17", "--output=" + output, "--spring.main.sources=org.pireadiness.job.PauseInStep",
				"--spring.datasource.url=jdbc:h2:file:" + repository.resolve("pi") + ";TRACE_LEVEL_FILE=0"));
		return args.toArray(String[]::new);
	}

	@Test
	void runsWithTheirOwnRepositoryAndOutputRunTogether() throws Exception {
		Path marker = folder.resolve("a-paused");
		var first = job.start(List.of("pause.step=readChecklists", "pause.marker=" + marker),
				command(folder.resolve("out-a"), folder.resolve("repo-a")));
		JobProcess.awaitFile(marker);
		JobProcess.Result second = job.run(command(folder.resolve("out-b"), folder.resolve("repo-b")));
		assertThat(second.exitCode()).as(second.err()).isZero();
		Files.delete(marker);
		JobProcess.Result firstDone = job.finish(first);
		assertThat(firstDone.exitCode()).as(firstDone.err()).isZero();
		for (String run : List.of("a", "b")) {
			assertThat(folder.resolve("repo-" + run).resolve(RunLock.FILE_NAME)).exists();
			assertThat(Files.readString(folder.resolve("out-" + run).resolve("summary.json")))
				.contains("\"at_risk_clinicians\" : 102");
		}
		assertThat(folder.resolve("out-a").resolve("at-risk-clinicians.csv"))
			.hasSameBinaryContentAs(folder.resolve("out-b").resolve("at-risk-clinicians.csv"));
	}

	@Test
	void theSameRepositoryOrTheSameOutputStillWaitsItsTurn() throws Exception {
		Path marker = folder.resolve("busy-paused");
		Path output = folder.resolve("busy-out");
		Path repository = folder.resolve("busy-repo");
		var first = job.start(List.of("pause.step=readChecklists", "pause.marker=" + marker),
				command(output, repository));
		JobProcess.awaitFile(marker);
		try {
			JobProcess.Result sameRepository = job.run(command(folder.resolve("other-out"), repository));
			assertThat(sameRepository.exitCode()).as(sameRepository.err()).isEqualTo(4);
			assertThat(sameRepository.err()).contains("another run is in progress on the job repository in " + repository)
				.contains("pid " + first.process().pid());
			JobProcess.Result sameOutput = job.run(command(output, folder.resolve("other-repo")));
			assertThat(sameOutput.exitCode()).as(sameOutput.err()).isEqualTo(4);
			assertThat(sameOutput.err()).contains("the output folder " + output).contains("pid " + first.process().pid());
		}
		finally {
			Files.deleteIfExists(marker);
		}
		JobProcess.Result firstDone = job.finish(first);
		assertThat(firstDone.exitCode()).as(firstDone.err()).isZero();
	}
}
