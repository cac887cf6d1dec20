package org.pireadiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's run command, as a real process through the wrapper script, on {@code sample-data/}. */
class SampleRunIT {

	@TempDir
	Path folder;

	record Process(int exitCode, String out, String err) {
	}

	private Process wrapper(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("scripts/pi-readiness"));
		command.addAll(List.of(args));
		var builder = new ProcessBuilder(command).redirectOutput(folder.resolve("out.txt").toFile())
			.redirectError(folder.resolve("err.txt").toFile());
		builder.environment().put("PI_READINESS_DATA_DIR", folder.resolve("data").toString());
		java.lang.Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Process(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
				Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
	}

	@Test
	void theSampleRunWritesEveryReport() throws Exception {
		Path output = folder.resolve("reports");
		Process run = wrapper("--input=sample-data", "--performance-year=2025", "--as-of=2025-11-17", "--output=" + output,
				"--quiet");
		assertThat(run.exitCode()).as(run.err()).isZero();
		// --quiet: nothing but the final line on standard output
		assertThat(run.out().strip().lines()).hasSize(1);
		assertThat(run.out()).startsWith("pi-readiness 2025: ");
		assertThat(output).isDirectoryContaining("glob:**/at-risk-clinicians.csv")
			.isDirectoryContaining("glob:**/at-risk-entities.csv")
			.isDirectoryContaining("glob:**/clinician-status.csv")
			.isDirectoryContaining("glob:**/rejected-rows.csv")
			.isDirectoryContaining("glob:**/summary.json")
			.isDirectoryNotContaining("glob:**/.pi-readiness-staging");
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("summary.json").toFile());
		for (JsonNode input : summary.get("inputs")) {
			assertThat(input.get("rows_read").asLong())
				.isEqualTo(input.get("rows_accepted").asLong() + input.get("rows_rejected").asLong());
			// each CSV file has bad rows at its end; of the payloads, only Northfield's has one
			if (!input.has("pi_sets") || input.get("file").asString().startsWith("northfield")) {
				assertThat(input.get("rows_rejected").asLong()).as(input.get("file").asString()).isPositive();
			}
		}
		assertThat(Files.readAllLines(output.resolve("rejected-rows.csv"))).hasSize(1 + 23);
		// v3 §7.4: Northfield's payload holds a measure the 2025 catalogue lacks, so CMS would refuse it whole, and
		// its export columns do not stand in for it
		assertThat(Files.readAllLines(output.resolve("entity-status.csv")))
			.contains("2025,GROUP,100000014,,Northfield Clinic,AT_RISK,12,SUBMISSION_REFUSED,,northfield-api-response.json,0,,");
		assertThat(summary.get("submissions_unattributed").asInt()).isZero();
	}

	/**
	 * The wrapper starts the context from the bean definitions worked out at build time (Spring AOT), whose conditions
	 * were decided then, with H2: PostgreSQL, named by the README's properties at run time, must still be the job
	 * repository, and the reports the same as with H2.
	 */
	@Test
	void theWrapperRunsWithItsRepositoryInPostgresql() throws Exception {
		Path onH2 = folder.resolve("h2-reports");
		assertThat(wrapper("--input=sample-data", "--performance-year=2025", "--as-of=2025-11-17", "--output=" + onH2,
				"--quiet").exitCode()).isZero();
		try (var postgres = PostgresServer.start(Files.createDirectories(folder.resolve("postgres")))) {
			Path onPostgres = folder.resolve("pg-reports");
			Process run = wrapper("--input=sample-data", "--performance-year=2025", "--as-of=2025-11-17",
					"--output=" + onPostgres, "--spring.datasource.url=" + postgres.jdbcUrl(),
					"--spring.datasource.username=postgres");
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(postgres.tables()).contains("batch_job_execution");
			for (String report : List.of("entity-status.csv", "clinician-status.csv", "at-risk-clinicians.csv")) {
				assertThat(Files.readAllLines(onPostgres.resolve(report))).as(report)
					.isEqualTo(Files.readAllLines(onH2.resolve(report)));
			}
		}
	}

	@Test
	void aUsageErrorExitsTwoInOneLine() throws Exception {
		Process run = wrapper("--input=sample-data", "--performance-year=2019", "--output=" + folder.resolve("r"));
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo("pi-readiness: performance year 2019 is not supported (supported: 2022, 2023, 2024, 2025, 2026, 2027 (provisional))");
	}
}
