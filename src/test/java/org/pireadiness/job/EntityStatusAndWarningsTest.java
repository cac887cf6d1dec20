package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract v2 §5.6 and §6.1 through the whole job for 2025: every entity's status in entity-status.csv, and the
 * warnings of entities and of the clinicians who take PI from them. Expectations worked out by hand: Alpha's period
 * (2025-07-05 to 2025-12-31) has exactly 180 days; Beta's TIN has 15 distinct NPIs, Gamma's 16.
 */
class EntityStatusAndWarningsTest {

	@TempDir
	Path folder;

	private RunFixture fixture;

	private static String n(int i) {
		return Npis.nth(i);
	}

	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", """
				entity_type,entity_id,name,affiliated_tin,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting
				GROUP,111111111,Alpha,,Y,0015C1234567890,2025-07-05,2025-12-31,Y,Y,Y,Y,N
				GROUP,222222222,Beta,,N,,,,,,,,N
				GROUP,333333333,Gamma,,N,,,,,,,,N
				GROUP,444444444,Delta,,N,,,,,,,,Y
				GROUP,555555555,Epsilon,,N,,,,,,,,N
				APM_ENTITY,A1,Acme ACO,,Y,,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				SUBGROUP,SG-00000001,Beta sub,222222222,N,,,,,,,,
				""");
		StringBuilder clinicians = new StringBuilder("""
				tin,npi,last_name,first_name,reporting_level,entity_id,reports_pi,pi_reweighting
				111111111,%1$s,Able,Ann,GROUP,,,
				111111111,%2$s,Baker,Bob,GROUP,,,
				111111111,%2$s,Baker,Bob,APM_ENTITY,A1,,
				111111111,%3$s,Cole,Cy,GROUP,,,
				111111111,%3$s,Cole,Cy,INDIVIDUAL,,N,N
				222222222,%4$s,Dunn,Di,SUBGROUP,SG-00000001,,
				444444444,%5$s,Eve,Ed,GROUP,,,
				""".formatted(n(1), n(2), n(3), n(11), n(51)));
		// Beta: 15 distinct NPIs (n(11) also on the subgroup path); Gamma: 16
		IntStream.rangeClosed(11, 25).forEach(i -> clinicians.append("222222222,").append(n(i)).append(",B,B,GROUP,,,\n"));
		IntStream.rangeClosed(31, 46).forEach(i -> clinicians.append("333333333,").append(n(i)).append(",G,G,GROUP,,,\n"));
		fixture.write("clinicians.csv", clinicians.toString());
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2025,1.1,Fully in all areas,2025-03-01
				APM_ENTITY,A1,,2025,1.1,Fully in all areas,2025-03-01
				""");
	}

	@Test
	void everyEntityHasItsStatusAndWarnings() {
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();

		// v2's columns, then v3's estimate (§9.2)
		assertThat(fixture.header("entity-status.csv")).containsExactly("performance_year", "entity_type", "entity_id",
				"npi", "name", "status", "clinicians", "reason_codes", "warnings", "pi_data", "estimated_pi_score",
				"score_confidence", "pi_points");
		assertThat(fixture.columns("entity-status.csv", "entity_type", "entity_id", "npi", "name", "status", "clinicians",
				"reason_codes", "warnings", "pi_data"))
			.containsExactly("GROUP|111111111||Alpha|READY|3||PERIOD_AT_MINIMUM|export",
					"GROUP|222222222||Beta|AT_RISK|15|PI_NOT_REPORTED|POSSIBLY_SMALL_PRACTICE|",
					"GROUP|333333333||Gamma|AT_RISK|16|PI_NOT_REPORTED||",
					"GROUP|444444444||Delta|REWEIGHTED|1|||",
					"GROUP|555555555||Epsilon|NOT_REPORTING|0|||",
					"APM_ENTITY|A1||Acme ACO|AT_RISK|1|CEHRT_ID_MISSING||export",
					"SUBGROUP|SG-00000001||Beta sub|AT_RISK|1|PI_NOT_REPORTED|POSSIBLY_SMALL_PRACTICE|",
					"INDIVIDUAL|111111111|" + n(3) + "|Cole, Cy|AT_RISK|1|PI_NOT_REPORTED|POSSIBLY_SMALL_PRACTICE|");

		// at-risk-entities.csv keeps exactly the entities at risk, warnings with them
		assertThat(fixture.columns("at-risk-entities.csv", "entity_type", "entity_id", "warnings")).containsExactly(
				"GROUP|222222222|POSSIBLY_SMALL_PRACTICE", "GROUP|333333333|", "APM_ENTITY|A1|",
				"SUBGROUP|SG-00000001|POSSIBLY_SMALL_PRACTICE", "INDIVIDUAL|111111111|POSSIBLY_SMALL_PRACTICE");
	}

	@Test
	void cliniciansCarryTheWarningsOfTheEntitiesTheyTakePiFrom() {
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		var rows = fixture.columns("clinician-status.csv", "tin", "npi", "status", "reason_codes", "warnings");
		// READY through Alpha, whatever their other paths: Alpha's warning, nothing of the ACO's or the individual's
		assertThat(rows).contains("111111111|" + n(1) + "|READY||PERIOD_AT_MINIMUM",
				"111111111|" + n(2) + "|READY||PERIOD_AT_MINIMUM", "111111111|" + n(3) + "|READY||PERIOD_AT_MINIMUM",
				"222222222|" + n(11) + "|AT_RISK|PI_NOT_REPORTED|POSSIBLY_SMALL_PRACTICE",
				"222222222|" + n(25) + "|AT_RISK|PI_NOT_REPORTED|POSSIBLY_SMALL_PRACTICE",
				"333333333|" + n(31) + "|AT_RISK|PI_NOT_REPORTED|", "444444444|" + n(51) + "|REWEIGHTED||");
		assertThat(fixture.columns("at-risk-clinicians.csv", "tin", "warnings").stream().distinct()
			.collect(Collectors.toList())).containsExactly("222222222|POSSIBLY_SMALL_PRACTICE", "333333333|");
	}

	@Test
	void theSummaryCountsEntitiesByStatusAndThePageShowsTheReadyTile() throws IOException {
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		assertThat(summary.get("provisional_rules").asBoolean()).isFalse();
		assertThat(summary.get("entities_by_status").toString())
			.isEqualTo("{\"AT_RISK\":5,\"READY\":1,\"REWEIGHTED\":1,\"NOT_REPORTING\":1}");
		String page = Files.readString(fixture.output().resolve("report.html"));
		assertThat(page).contains("Entities ready").doesNotContain("id=\"provisional\"");
	}

	@Test
	void the2027RunIsJudgedByProvisionalRulesAndSaysSo() throws IOException {
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review
				GROUP,111111111,Alpha,Y,2027C1234567890,2027-01-01,2027-12-31,Y,Y,Y,Y
				""");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n111111111," + n(1) + ",GROUP\n");
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2025,1.1,Fully in all areas,2027-03-01
				""");
		RunFixture.Result result = fixture.runJob(2027);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("Performance year 2027 has provisional rules");
		assertThat(fixture.columns("clinician-status.csv", "status")).containsExactly("READY");
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		assertThat(summary.get("provisional_rules").asBoolean()).isTrue();
		assertThat(Files.readString(fixture.output().resolve("report.html"))).contains("id=\"provisional\"");
	}
}
