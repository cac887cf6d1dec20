package org.pireadiness.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.PostgresServer;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The job with its repository on a real PostgreSQL server, through the standard spring.datasource properties. */
class PostgresRepositoryTest {

	@TempDir
	static Path folder;

	private static PostgresServer postgres;

	@BeforeAll
	static void startPostgres() throws Exception {
		postgres = PostgresServer.start(Files.createDirectories(folder.resolve("postgres")));
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		postgres.close();
	}

	private String[] onPostgres(String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + postgres.jdbcUrl(),
				"--spring.datasource.username=postgres", "--spring.datasource.password="));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	@Test
	void aFullRunCreatesTheSchemaAndWritesTheSameReportsAsOnH2() throws Exception {
		var onH2 = new RunFixture(Files.createDirectories(folder.resolve("h2")));
		var onPg = new RunFixture(Files.createDirectories(folder.resolve("pg-run")));
		for (RunFixture fixture : List.of(onH2, onPg)) {
			for (String file : List.of("groups.csv", "clinicians.csv", "checklist_results.csv")) {
				fixture.write(file, Files.readString(Path.of("sample-data", file)));
			}
		}
		assertThat(onH2.runJob(2025).exitCode()).isZero();

		RunFixture.Result first = onPg.runJob(2025, onPostgres());
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("Creating the job repository tables (postgresql)");
		for (String report : List.of("at-risk-clinicians.csv", "at-risk-entities.csv", "clinician-status.csv",
				"rejected-rows.csv")) {
			assertThat(onPg.output().resolve(report)).hasSameBinaryContentAs(onH2.output().resolve(report));
		}

		RunFixture.Result again = onPg.runJob(2025, onPostgres("--fail-on-risk"));
		assertThat(again.exitCode()).as(again.err()).isEqualTo(3);
		assertThat(again.out()).contains("already processed").doesNotContain("Creating");
		try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
				ResultSet instances = connection.createStatement().executeQuery("select count(*) from batch_job_instance")) {
			instances.next();
			assertThat(instances.getLong(1)).isEqualTo(1);
		}

		// a second night: the trend comes from the PostgreSQL repository, both points, the oldest first
		RunFixture.Result nextNight = onPg.runJob(2025, onPostgres("--as-of=2025-11-02"));
		assertThat(nextNight.exitCode()).as(nextNight.err()).isZero();
		JsonNode trend = JsonMapper.builder().build().readTree(onPg.output().resolve("summary.json").toFile()).get("trend");
		assertThat(trend).hasSize(2);
		assertThat(trend.get(0).get("as_of").asString()).isEqualTo("2025-11-01");
		assertThat(trend.get(1).get("as_of").asString()).isEqualTo("2025-11-02");
		assertThat(trend.get(1).get("at_risk_clinicians").asInt()).isEqualTo(trend.get(0).get("at_risk_clinicians").asInt())
			.isEqualTo(onPg.rows("at-risk-clinicians.csv").size());
		assertThat(Files.readString(onPg.output().resolve("report.html")))
			.contains("The last 2 successful runs for this performance year, 2025-11-01 to 2025-11-02.");
	}

	@Test
	void aRunHoldingTheAdvisoryLockKeepsOthersOut() throws Exception {
		try (var holder = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
			holder.createStatement().execute("select pg_advisory_lock(" + 0x50495244L + ")");
			var fixture = new RunFixture(Files.createDirectories(folder.resolve("pg-locked")));
			fixture.write("groups.csv", "entity_type,entity_id,reports_pi\n");
			fixture.write("clinicians.csv", "tin,npi,reporting_level\n");
			fixture.write("checklist_results.csv", "entity_type,entity_id,guide_version,practice_id,assessed_on\n");
			RunFixture.Result blocked = fixture.runJob(2025, onPostgres());
			assertThat(blocked.exitCode()).as(blocked.err()).isEqualTo(4);
			assertThat(blocked.err()).contains("another run is in progress on the job repository jdbc:postgresql:");
		}
	}
}
