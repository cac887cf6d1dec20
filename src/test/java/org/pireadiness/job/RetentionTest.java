package org.pireadiness.job;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** Job runs older than the retention period are deleted when the next run starts. */
class RetentionTest {

	@TempDir
	Path folder;

	@Test
	void runsOlderThanTheRetentionPeriodArePrunedAtTheNextStart() throws Exception {
		var fixture = new RunFixture(folder);
		fixture.write("groups.csv", "entity_type,entity_id,reports_pi,pi_reweighting\nGROUP,111111111,N,N\n");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n111111111,1234567893,GROUP\n");
		fixture.write("checklist_results.csv", "entity_type,entity_id,guide_version,practice_id,assessed_on\n");
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		execute("update BATCH_JOB_EXECUTION set CREATE_TIME = dateadd('DAY', -100, CREATE_TIME), "
				+ "END_TIME = dateadd('DAY', -100, END_TIME) where JOB_INSTANCE_ID = "
				+ "(select min(JOB_INSTANCE_ID) from BATCH_JOB_INSTANCE)");
		execute("update BATCH_JOB_EXECUTION set CREATE_TIME = dateadd('DAY', -80, CREATE_TIME), "
				+ "END_TIME = dateadd('DAY', -80, END_TIME) where JOB_INSTANCE_ID = "
				+ "(select max(JOB_INSTANCE_ID) from BATCH_JOB_INSTANCE)");

		execute("update PI_READINESS_RUN set RECORDED_AT = dateadd('DAY', -100, RECORDED_AT) where PERFORMANCE_YEAR = 2025");
		assertThat(count("select SUBJECTS from PI_READINESS_RISK_SET where JOB_EXECUTION_ID = 1")).isEqualTo(2);

		assertThat(fixture.runJob(2023).exitCode()).isZero();

		// the 100-day-old run is gone with its executions and steps; the 80-day-old one and today's stay
		assertThat(count("select count(*) from BATCH_JOB_INSTANCE")).isEqualTo(2);
		assertThat(count("select count(*) from BATCH_JOB_EXECUTION")).isEqualTo(2);
		// seven steps each: four reads, two judging steps, the reports
		assertThat(count("select count(*) from BATCH_STEP_EXECUTION")).isEqualTo(14);
		assertThat(count("select min(JOB_INSTANCE_ID) from BATCH_JOB_INSTANCE")).isEqualTo(2);
		// the risk history of the pruned run goes with it
		assertThat(count("select count(*) from PI_READINESS_RUN")).isEqualTo(2);
		assertThat(count("select count(*) from PI_READINESS_RISK_SET where JOB_EXECUTION_ID = 1")).isZero();
	}

	private String url() {
		return "jdbc:h2:file:" + folder.resolve("data/pi-readiness") + ";TRACE_LEVEL_FILE=0";
	}

	private void execute(String sql) throws Exception {
		try (var connection = DriverManager.getConnection(url(), "sa", "")) {
			connection.createStatement().executeUpdate(sql);
		}
	}

	private long count(String sql) throws Exception {
		try (var connection = DriverManager.getConnection(url(), "sa", "");
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}
}
