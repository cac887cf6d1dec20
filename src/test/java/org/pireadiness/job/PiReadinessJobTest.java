package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on a hand-made portfolio for 2024, through the application's entry point; the expected rows
 * were worked out by hand from contract §3-§6.
 */
class PiReadinessJobTest {

	private static final String N1 = Npis.nth(1);

	private static final String N2 = Npis.nth(2);

	private static final String N3 = Npis.nth(3);

	private static final String N4 = Npis.nth(4);

	private static final String N5 = Npis.nth(5);

	@TempDir
	Path folder;

	private RunFixture fixture;

	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", """
				entity_type,entity_id,name,affiliated_tin,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting
				GROUP,111111111,Alpha,,Y,0015C1234567890,2024-01-01,2024-12-31,Y,Y,Y,Y,N
				GROUP,222222222,"=HYPERLINK(""x"")",,Y,0015C1234567890,2024-07-06,2024-12-31,Y,Y,Y,Y,N
				GROUP,333333333,Gamma,,N,,,,,,,,Y
				GROUP,44444444,Delta,,Y,0015C1234567890,2024-01-01,2024-12-31,Y,Y,Y,Y,N
				""");
		fixture.write("clinicians.csv", """
				tin,npi,last_name,first_name,reporting_level,entity_id,mips_eligible
				111111111,%1$s,Able,Ann,GROUP,,
				222222222,%1$s,Able,Ann,GROUP,,
				222222222,%2$s,-Baker,Bob,GROUP,,
				333333333,%3$s,Cole,Cy,GROUP,,
				444444444,%4$s,Dunn,Di,GROUP,,
				111111111,%5$s,Eve,Ed,GROUP,,N
				111111111,%5$s,Eve,Ed,GROUP,,
				""".formatted(N1, N2, N3, N4, N5));
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2016,1.1,Fully in all areas,2024-02-01
				GROUP,222222222,,2016,1.1,Not implemented,2024-02-01
				""");
	}

	@Test
	void writesTheRowsOfEveryReport() throws IOException {
		RunFixture.Result result = fixture.runJob(2024);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("6 clinicians, 3 at risk; 2 reporting entities at risk; 2 rows rejected");

		assertThat(fixture.header("at-risk-clinicians.csv")).containsExactly("performance_year", "tin", "npi",
				"last_name", "first_name", "paths", "reason_codes", "reasons", "inherited_from", "warnings", "fix_by",
				"days_left");
		assertThat(fixture.columns("at-risk-clinicians.csv", "performance_year", "tin", "npi", "last_name",
				"first_name", "paths", "reason_codes", "inherited_from", "warnings"))
			.containsExactly("2024|222222222|" + N1 + "|Able|Ann|GROUP:222222222|PERIOD_TOO_SHORT|GROUP:222222222|",
					"2024|222222222|" + N2 + "|'-Baker|Bob|GROUP:222222222|PERIOD_TOO_SHORT|GROUP:222222222|",
					"2024|444444444|" + N4 + "|Dunn|Di|GROUP:444444444|PI_SOURCE_MISSING|GROUP:444444444|");
		CSVRecord tooShort = fixture.rows("at-risk-clinicians.csv").get(0);
		assertThat(tooShort.get("reasons")).contains("179 days, 1 short of the 180 required in 2024");

		assertThat(fixture.header("at-risk-entities.csv")).containsExactly("performance_year", "entity_type",
				"entity_id", "npi", "name", "affected_clinicians", "reason_codes", "reasons", "warnings", "fix_by",
				"days_left", "rescuable_clinicians", "pi_data");
		assertThat(fixture.columns("at-risk-entities.csv", "entity_type", "entity_id", "npi", "name",
				"affected_clinicians", "reason_codes", "warnings"))
			.containsExactly("GROUP|222222222||'=HYPERLINK(\"x\")|2|PERIOD_TOO_SHORT|",
					"GROUP|444444444|||1|PI_SOURCE_MISSING|");
		// as of 2024-11-01, by 2025-03-31: November 29 + December 31 + January 31 + February 28 + March 31 days
		assertThat(fixture.columns("at-risk-entities.csv", "fix_by", "days_left")).containsExactly("2025-03-31|150",
				"2025-03-31|150");

		assertThat(fixture.header("clinician-status.csv")).containsExactly("performance_year", "tin", "npi", "status",
				"reason_codes", "warnings", "estimated_pi_score");
		assertThat(fixture.columns("clinician-status.csv", "tin", "npi", "status", "reason_codes")).containsExactly(
				"111111111|" + N1 + "|READY|", "111111111|" + N5 + "|NOT_ELIGIBLE|",
				"222222222|" + N1 + "|AT_RISK|PERIOD_TOO_SHORT", "222222222|" + N2 + "|AT_RISK|PERIOD_TOO_SHORT",
				"333333333|" + N3 + "|REWEIGHTED|", "444444444|" + N4 + "|AT_RISK|PI_SOURCE_MISSING");

		assertThat(fixture.columns("rejected-rows.csv", "file", "line", "column", "value", "reason_code"))
			.containsExactly("groups.csv|5|entity_id|44444444|INVALID_TIN",
					"clinicians.csv|8|reporting_level|GROUP|DUPLICATE_ROW");
	}

	@Test
	void summarisesTheRun() throws IOException {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		assertThat(summary.get("performance_year").asInt()).isEqualTo(2024);
		assertThat(summary.get("run_id").asString()).hasSize(16);
		assertThat(summary.get("inputs")).extracting(node -> node.get("file").asString() + " "
				+ node.get("rows_read").asInt() + "=" + node.get("rows_accepted").asInt() + "+"
				+ node.get("rows_rejected").asInt())
			.containsExactly("groups.csv 4=3+1", "checklist_results.csv 2=2+0", "clinicians.csv 7=6+1");
		JsonNode clinicians = summary.get("clinicians");
		assertThat(clinicians.get("total").asInt()).isEqualTo(6);
		assertThat(clinicians.get("by_status").toString())
			.isEqualTo("{\"NOT_ELIGIBLE\":1,\"READY\":1,\"REWEIGHTED\":1,\"AT_RISK\":3}");
		assertThat(clinicians.get("at_risk_by_reason_code").toString())
			.isEqualTo("{\"PERIOD_TOO_SHORT\":2,\"PI_SOURCE_MISSING\":1}");
		assertThat(summary.get("at_risk_entities").get("by_entity_type").toString()).isEqualTo("{\"GROUP\":2}");
		assertThat(summary.get("per_tin").get("222222222").toString()).isEqualTo("{\"AT_RISK\":2}");
		assertThat(summary.get("per_tin").get("111111111").toString()).isEqualTo("{\"NOT_ELIGIBLE\":1,\"READY\":1}");
	}

	@Test
	void aRerunWithTheSameInputsChangesNothingAndAddsNoJobInstance() throws Exception {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		byte[] before = Files.readAllBytes(fixture.output().resolve("at-risk-clinicians.csv"));
		long modified = Files.getLastModifiedTime(fixture.output().resolve("summary.json")).toMillis();
		RunFixture.Result again = fixture.runJob(2024);
		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).contains("already processed").contains("3 at risk").doesNotContain("Resuming");
		assertThat(Files.readAllBytes(fixture.output().resolve("at-risk-clinicians.csv"))).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(fixture.output().resolve("summary.json")).toMillis()).isEqualTo(modified);
		assertThat(jobInstances()).isEqualTo(1);
		assertThat(fixture.runJob(2024, "--fail-on-risk").exitCode()).isEqualTo(3);
		assertThat(jobInstances()).isEqualTo(1);
	}

	@Test
	void failOnRiskExitsThreeWhenSomethingIsAtRisk() {
		assertThat(fixture.runJob(2024, "--fail-on-risk").exitCode()).isEqualTo(3);
	}

	@Test
	void aChangedInputStartsANewRun() throws Exception {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,pi_reweighting
				GROUP,111111111,Alpha,N,Y
				GROUP,222222222,Beta,N,Y
				GROUP,333333333,Gamma,N,Y
				GROUP,444444444,Delta,N,Y
				""");
		assertThat(fixture.runJob(2024, "--fail-on-risk").exitCode()).isZero();
		assertThat(fixture.columns("clinician-status.csv", "status")).containsExactly("REWEIGHTED", "NOT_ELIGIBLE",
				"REWEIGHTED", "REWEIGHTED", "REWEIGHTED", "REWEIGHTED");
		assertThat(jobInstances()).isEqualTo(2);
	}

	private long jobInstances() throws SQLException {
		String url = "jdbc:h2:file:" + folder.resolve("data/pi-readiness") + ";TRACE_LEVEL_FILE=0";
		try (var connection = DriverManager.getConnection(url, "sa", "");
				ResultSet count = connection.createStatement().executeQuery("select count(*) from BATCH_JOB_INSTANCE")) {
			count.next();
			return count.getLong(1);
		}
	}

	@Test
	void measureFindingsJoinTheOthersAndPropagate() throws IOException {
		fixture.write("pi_measures.csv", """
				entity_type,entity_id,npi,measure_id,value,numerator,denominator
				GROUP,111111111,,PI_EP_1,,0,10
				GROUP,111111111,,PI_EP_2,Y,,
				GROUP,111111111,,PI_HIE_1,,3,9
				GROUP,111111111,,PI_HIE_4,,2,4
				GROUP,111111111,,PI_PEA_1,,7,7
				GROUP,111111111,,PI_PHCDRR_1,Y,,
				GROUP,111111111,,PI_PHCDRR_1_PROD,Y,,
				GROUP,111111111,,PI_PHCDRR_3,Y,,
				GROUP,111111111,,PI_PHCDRR_3_PRE,Y,,
				GROUP,111111111,,PI_UNKNOWN,Y,,
				""");
		RunFixture.Result result = fixture.runJob(2024);
		assertThat(result.exitCode()).as(result.err()).isZero();
		// 111's e-Prescribing numerator is 0 with no exclusion; 222 reports PI but has no rows
		assertThat(fixture.columns("clinician-status.csv", "tin", "npi", "status", "reason_codes")).contains(
				"111111111|" + N1 + "|AT_RISK|MEASURE_NOT_MET:PI_EP_1",
				"222222222|" + N1 + "|AT_RISK|PERIOD_TOO_SHORT;PI_MEASURES_MISSING");
		assertThat(fixture.columns("at-risk-entities.csv", "entity_id", "reason_codes")).contains(
				"111111111|MEASURE_NOT_MET:PI_EP_1", "222222222|PERIOD_TOO_SHORT;PI_MEASURES_MISSING");
		assertThat(fixture.rows("at-risk-clinicians.csv").get(0).get("reasons"))
			.contains("A required PI measure is neither met nor excluded: PI_EP_1 (reported, but not met)");
		assertThat(fixture.columns("rejected-rows.csv", "file", "line", "reason_code"))
			.contains("pi_measures.csv|11|UNKNOWN_MEASURE");
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		assertThat(summary.get("measure_checks").asString()).isEqualTo("checked");
	}

	@Test
	void withoutAMeasuresFileTheChecksAreSkippedAndSaidSo() throws IOException {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		assertThat(summary.get("measure_checks").asString()).startsWith("skipped");
		assertThat(Files.readString(fixture.output().resolve("report.html"))).contains("PI measures not checked");
	}

	@Test
	void theReportsKeepTheContractsColumnOrder() {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		assertThat(fixture.header("rejected-rows.csv")).isEqualTo(List.of("file", "line", "column", "value",
				"reason_code", "message"));
	}
}
