package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract §8 through the whole job, three nights of 2025. Worked out by hand:
 * <ul>
 * <li>Alpha (GROUP 111111111) does not report PI: PI_NOT_REPORTED, fix by 2026-03-31. Its subgroup SG-00000001 (S1) takes its
 * data. Alpha's own NPIs 1, 2, 3; 1 and 2 also in S1; 6 is not MIPS eligible.</li>
 * <li>Acme ACO (APM A1) has the SRA not YES: fix by 2025-12-31 (self-assessment). Its NPIs: 3 (TIN 111111111) and 5
 * (TIN 333333333, no other path).</li>
 * <li>Beta (GROUP 222222222, NPI 4) does not report PI; from the third night PI is reweighted for it.</li>
 * </ul>
 * Third night: at risk 111111111/1, /2, /3 and 333333333/5 (K = 4); Beta's NPI 4 REWEIGHTED. Rescuable: Alpha 3
 * (1, 2, 3), S1 2 (1, 2), A1 2 (3, 5). Fix first: Alpha, then A1 before S1 (same count, earlier fix_by); running
 * total 3 (75%), 4 (100%), 4 (100%). 111111111/3 is rescued by either path: fix_by the later, 2026-03-31.
 */
class ReadinessCalendarJobTest {

	private static final String GROUPS = """
			entity_type,entity_id,name,affiliated_tin,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting
			GROUP,111111111,Alpha,,N,,,,,,,,N
			GROUP,222222222,Beta,,N,,,,,,,,%s
			SUBGROUP,SG-00000001,Alpha sub,111111111,N,,,,,,,,
			APM_ENTITY,A1,Acme ACO,,Y,0015C1234567890,2025-01-01,2025-12-31,N,Y,Y,Y,N
			""";

	@TempDir
	java.nio.file.Path folder;

	private RunFixture fixture;

	private static String n(int i) {
		return Npis.nth(i);
	}

	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", GROUPS.formatted("N"));
		fixture.write("clinicians.csv", """
				tin,npi,last_name,first_name,mips_eligible,reporting_level,entity_id
				111111111,%1$s,Able,Ann,Y,GROUP,
				111111111,%1$s,Able,Ann,Y,SUBGROUP,SG-00000001
				111111111,%2$s,Baker,Bob,Y,GROUP,
				111111111,%2$s,Baker,Bob,Y,SUBGROUP,SG-00000001
				111111111,%3$s,Cole,Cy,Y,GROUP,
				111111111,%3$s,Cole,Cy,Y,APM_ENTITY,A1
				111111111,%6$s,Fox,Flo,N,GROUP,
				222222222,%4$s,Dunn,Di,Y,GROUP,
				333333333,%5$s,Eve,Ed,Y,APM_ENTITY,A1
				""".formatted(n(1), n(2), n(3), n(4), n(5), n(6)));
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				APM_ENTITY,A1,,2025,1.1,Fully in all areas,2025-03-01
				""");
	}

	private JsonNode summary() throws IOException {
		return JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
	}

	private String page() throws IOException {
		return Files.readString(fixture.output().resolve("report.html"));
	}

	private void night(String asOf) {
		RunFixture.Result result = fixture.runJob(2025, "--as-of=" + asOf);
		assertThat(result.exitCode()).as(result.err()).isZero();
	}

	@Test
	void threeNightsMakeATrendAndTheThirdSaysWhatToFixFirst() throws IOException {
		night("2025-11-15");
		night("2025-11-16");
		fixture.write("groups.csv", GROUPS.formatted("Y"));
		night("2025-11-17");

		assertThat(fixture.columns("at-risk-entities.csv", "entity_type", "entity_id", "affected_clinicians",
				"rescuable_clinicians", "fix_by", "days_left"))
			.containsExactly("GROUP|111111111|5|3|2026-03-31|134", "APM_ENTITY|A1|2|2|2025-12-31|44",
					"SUBGROUP|SG-00000001|2|2|2026-03-31|134");
		assertThat(fixture.columns("at-risk-clinicians.csv", "tin", "npi", "fix_by", "days_left")).containsExactly(
				"111111111|" + n(1) + "|2026-03-31|134", "111111111|" + n(2) + "|2026-03-31|134",
				"111111111|" + n(3) + "|2026-03-31|134", "333333333|" + n(5) + "|2025-12-31|44");

		JsonNode summary = summary();
		assertThat(summary.get("as_of").asString()).isEqualTo("2025-11-17");
		assertThat(summary.get("calendar").toString()).isEqualTo("{\"self_assessment_due\":\"2025-12-31\","
				+ "\"latest_period_start\":\"2025-07-05\",\"submission_closes\":\"2026-03-31\","
				+ "\"hardship_application_closes\":\"2025-12-31\"}");
		assertThat(summary.get("at_risk_clinicians_by_fix_by").toString())
			.isEqualTo("{\"2025-12-31\":1,\"2026-03-31\":3}");
		assertThat(trend(summary)).containsExactly("2025-11-15|5|4", "2025-11-16|5|4", "2025-11-17|4|3");
		assertThat(summary.get("trend").get(2).get("run_id").asString()).isEqualTo(summary.get("run_id").asString());

		String page = page();
		assertThat(fixFirst(page)).containsExactly("3|3", "2|4", "2|4");
		assertThat(page).contains("rescues 3 of the 4 clinicians at risk (75%)",
				"rescues 4 of the 4 clinicians at risk (100%)");
		assertThat(page.indexOf("Acme ACO")).isLessThan(page.indexOf("Alpha sub"));
		assertThat(page).contains("The last 3 successful runs for this performance year, 2025-11-15 to 2025-11-17.");
		// one dot per run in each of the two panels, the oldest first
		assertThat(matches(page, "<title>(2025-11-1[5-7]): ([0-9]+)</title>"))
			.containsExactly("2025-11-15|5", "2025-11-16|5", "2025-11-17|4", "2025-11-15|4", "2025-11-16|4",
					"2025-11-17|3");
		assertThat(matches(page, "data-deadline=\"([a-z-]+)\" data-days-left=\"(-?[0-9]+)\"")).containsExactly(
				"self-assessment-due|44", "latest-period-start|-135", "submission-closes|134",
				"hardship-application-closes|44");
		assertThat(page).contains(">44 days left<", ">passed 135 days ago<", ">134 days left<");
	}

	/** The same night again is the same run: nothing new in the trend. */
	@Test
	void theSameNightAgainAddsNoPoint() throws IOException {
		night("2025-11-15");
		night("2025-11-15");
		assertThat(trend(summary())).containsExactly("2025-11-15|5|4");
		assertThat(page()).contains("The first run for this performance year: one point, this run.");
	}

	/**
	 * As of 2026-01-01 A1's fix (by 2025-12-31) is a day late: A1 and 333333333/5, whose only path it is, carry
	 * DEADLINE_PASSED with -1 days left; 111111111/3 can still be rescued through Alpha by 2026-03-31.
	 */
	@Test
	void theDayAfterADeadlineTheRowsItBoundsArePassed() {
		night("2026-01-01");
		assertThat(fixture.columns("at-risk-entities.csv", "entity_id", "days_left", "warnings")).contains(
				"A1|-1|DEADLINE_PASSED", "111111111|89|POSSIBLY_SMALL_PRACTICE");
		assertThat(fixture.columns("at-risk-clinicians.csv", "npi", "days_left", "warnings")).contains(
				n(5) + "|-1|DEADLINE_PASSED", n(3) + "|89|POSSIBLY_SMALL_PRACTICE");
	}

	/** A submission window CMS extends is an override, not a new build (contract §8.1). */
	@Test
	void aMovedDeadlineIsAnOverride() throws IOException {
		RunFixture.Result result = fixture.runJob(2025, "--as-of=2026-04-01",
				"--pi-readiness.rules.performance-years.2025.deadlines.submission-closes=2026-04-03");
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(summary().get("calendar").get("submission_closes").asString()).isEqualTo("2026-04-03");
		assertThat(fixture.columns("at-risk-entities.csv", "entity_id", "fix_by", "days_left"))
			.contains("111111111|2026-04-03|2");
	}

	private static List<String> trend(JsonNode summary) {
		List<String> points = new ArrayList<>();
		summary.get("trend").forEach(point -> points.add(point.get("as_of").asString() + "|"
				+ point.get("at_risk_clinicians").asInt() + "|" + point.get("at_risk_entities").asInt()));
		return points;
	}

	private static List<String> fixFirst(String page) {
		return matches(page, "data-rescues=\"([0-9]+)\" data-rescued-so-far=\"([0-9]+)\"");
	}

	private static List<String> matches(String page, String regex) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(page);
		while (matcher.find()) {
			found.add(matcher.group(1) + "|" + matcher.group(2));
		}
		return found;
	}
}
