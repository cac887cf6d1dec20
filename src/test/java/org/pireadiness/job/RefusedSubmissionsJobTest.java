package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Contract v3 §7.4, through the whole job: what CMS would refuse is not sent, an entity a submission file names is
 * judged by its files only, and a refused file whose entity the portfolio does not know is counted, not listed.
 * Every expectation is worked out by hand in the comments.
 */
class RefusedSubmissionsJobTest {

	@TempDir
	Path folder;

	private RunFixture fixture;

	/** Each group's export data is clean (so without files every one would be READY); D is reweighted. */
	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting
				GROUP,111111111,Alpha,Y,0015C1234567890,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				GROUP,222222222,Beta,Y,0015C1234567890,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				GROUP,333333333,Gamma,Y,0015C1234567890,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				GROUP,444444444,Delta,N,,,,,,,,Y
				""");
		fixture.write("clinicians.csv", """
				tin,npi,last_name,first_name,reporting_level,entity_id
				111111111,%s,Able,Ann,GROUP,
				222222222,%s,Baker,Bob,GROUP,
				333333333,%s,Cole,Cy,GROUP,
				444444444,%s,Dunn,Di,GROUP,
				666666666,%s,Eve,Ed,GROUP,
				777777777,%s,Fox,Flo,GROUP,
				""".formatted(Npis.nth(1), Npis.nth(2), Npis.nth(3), Npis.nth(4), Npis.nth(6), Npis.nth(7)));
		StringBuilder checklist = new StringBuilder("entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on\n");
		for (String tin : new String[] { "111111111", "222222222", "333333333", "666666666", "777777777" }) {
			checklist.append("GROUP,").append(tin).append(",,2025,1.1,Fully in all areas,2025-03-01\n");
		}
		fixture.write("checklist_results.csv", checklist.toString());
	}

	private static final String MET = SubmissionFilesJobTest.MET;

	/** A 2025 group submission with the PI set's {@code measurements}. */
	private static String groupSet(String tin, String cehrt, String measurements) {
		return """
				{"entityType": "group", "taxpayerIdentificationNumber": "%s", "performanceYear": 2025,
				 "measurementSets": [{"category": "pi", "submissionMethod": "electronicHealthRecord", "cehrtId": "%s",
				   "performanceStart": "2025-01-01", "performanceEnd": "2025-12-31",
				   "measurements": [%s]}]}
				""".formatted(tin, cehrt, measurements);
	}

	/** The same set with one measurement CMS refuses: a measure id the 2025 catalogue lacks. */
	private static String refusedSet(String tin) {
		return groupSet(tin, "0015C1234567890", MET + ", {\"measureId\": \"PI_NOPE_9\", \"value\": true}");
	}

	private void submission(String name, String json) {
		fixture.write("submissions/" + name, json);
	}

	@Test
	void aRefusedFileIsAFindingWithoutAReadySetAndAWarningBesideOne() throws IOException {
		// Alpha: only a refused file. Its clean export data does not stand in: AT_RISK, SUBMISSION_REFUSED alone
		submission("a-alpha.json", refusedSet("111111111"));
		// Beta: a refused file, then a READY one: READY, warned
		submission("b-beta-1.json", refusedSet("222222222"));
		submission("b-beta-2.json", groupSet("222222222", "0015C1234567890", MET));
		// Gamma: a refused file, and one whose CEHRT ID is of no 2025 form: at risk for both
		submission("c-gamma-1.json", groupSet("333333333", "0015E1234567890", MET));
		submission("c-gamma-2.json", refusedSet("333333333"));
		// Delta: reweighted, and its only file refused: CMS stores nothing, so the reweighting stands
		submission("d-delta.json", refusedSet("444444444"));
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();

		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "reason_codes", "warnings", "pi_data"))
			.contains("111111111|AT_RISK|SUBMISSION_REFUSED||a-alpha.json",
					"222222222|READY||SUBMISSION_REFUSED|b-beta-2.json",
					"333333333|AT_RISK|CEHRT_ID_INVALID;SUBMISSION_REFUSED||c-gamma-1.json",
					"444444444|REWEIGHTED||SUBMISSION_REFUSED|d-delta.json");
		assertThat(fixture.columns("clinician-status.csv", "tin", "status", "reason_codes", "warnings")).contains(
				"111111111|AT_RISK|SUBMISSION_REFUSED|", "222222222|READY||SUBMISSION_REFUSED",
				"444444444|REWEIGHTED||SUBMISSION_REFUSED");
		// fixed by the submission deadline, 31 March 2026: 150 days after 1 November 2025 (30 + 31 + 31 + 28 + 30)
		assertThat(fixture.columns("at-risk-entities.csv", "entity_id", "fix_by", "days_left"))
			.contains("111111111|2026-03-31|150");
		// the reason names the file and its first problem: the measurement after MET's six lines, on the file's ninth
		assertThat(fixture.columns("at-risk-entities.csv", "entity_id", "reasons")).anySatisfy(row -> assertThat(row)
			.startsWith("111111111|").contains("(a-alpha.json line 9: UNKNOWN_MEASURE PI_NOPE_9"));
		// several sets count only those CMS takes: Beta has one, so no SEVERAL_PI_SUBMISSIONS
		JsonNode summary = summary();
		assertThat(summary.get("inputs").valueStream().filter(input -> input.has("pi_sets"))
			.map(input -> input.get("file").asString() + " " + input.get("submissions_refused").asInt()))
			.containsExactly("a-alpha.json 1", "b-beta-1.json 1", "b-beta-2.json 0", "c-gamma-1.json 0",
					"c-gamma-2.json 1", "d-delta.json 1");
		assertThat(summary.get("submissions_unattributed").asInt()).isZero();
	}

	@Test
	void aRefusedFileIsAttributedOnlyToAnEntityThePortfolioKnows() throws IOException {
		// 666666666 is not in groups.csv, but Eve's GROUP path names it: it carries SUBMISSION_REFUSED, not
		// PI_SOURCE_MISSING
		submission("e-named-by-clinicians.json", refusedSet("666666666"));
		// 555555555 is named nowhere: unattributed, and not listed
		submission("f-unknown.json", refusedSet("555555555"));
		// an individual submission refused for Fox, whose TIN/NPI has a row: Fox gets an INDIVIDUAL path at risk; and
		// one for a TIN/NPI the file does not name: unattributed
		submission("g-individuals.json", "[" + individual("777777777", Npis.nth(7)) + ","
				+ individual("777777777", Npis.nth(8)) + "]");
		// a bad TIN and a file that cannot be parsed: their entity cannot be told
		submission("h-bad-tin.json", refusedSet("12345"));
		submission("i-broken.json", "{ not json");
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();

		assertThat(fixture.columns("entity-status.csv", "entity_type", "entity_id", "npi", "status", "reason_codes",
				"pi_data"))
			.contains("GROUP|666666666||AT_RISK|SUBMISSION_REFUSED|e-named-by-clinicians.json",
					"INDIVIDUAL|777777777|" + Npis.nth(7) + "|AT_RISK|SUBMISSION_REFUSED|g-individuals.json")
			.noneMatch(row -> row.contains("555555555") || row.contains(Npis.nth(8)));
		// Fox's GROUP path has no group (777777777 is not in groups.csv: PI_SOURCE_MISSING) and the individual path
		// the refused file adds is at risk: every path at risk, so Fox is AT_RISK with the union of their reasons
		assertThat(fixture.columns("clinician-status.csv", "npi", "status", "reason_codes")).contains(
				Npis.nth(6) + "|AT_RISK|SUBMISSION_REFUSED",
				Npis.nth(7) + "|AT_RISK|PI_SOURCE_MISSING;SUBMISSION_REFUSED");
		// fixing Fox's refused file rescues Fox (a TIN above 2^29, whose packed key has its sign bit set)
		assertThat(fixture.columns("at-risk-entities.csv", "entity_type", "npi", "rescuable_clinicians"))
			.contains("INDIVIDUAL|" + Npis.nth(7) + "|1");
		// unattributed: f-unknown (1), the second individual (1), the bad TIN (1), the broken file (1)
		assertThat(summary().get("submissions_unattributed").asInt()).isEqualTo(4);
		String page = Files.readString(fixture.output().resolve("report.html"));
		assertThat(page).contains("Submission files that name no entity of this portfolio")
			.contains("f-unknown.json, g-individuals.json, h-bad-tin.json, i-broken.json");
	}

	private static String individual(String tin, String npi) {
		return """
				{"entityType": "individual", "taxpayerIdentificationNumber": "%s", "nationalProviderIdentifier": "%s",
				 "performanceYear": 2025, "measurementSets": [{"category": "pi", "cehrtId": "0015C1234567890",
				   "performanceStart": "2025-01-01", "performanceEnd": "2025-12-31",
				   "measurements": [%s, {"measureId": "PI_EP_9", "value": {"numerator": 3, "denominator": 2}}]}]}
				""".formatted(tin, npi, MET);
	}

	/**
	 * The case that said READY in v2: CMS's own 2022 APP group sample with its program code written in mixed case,
	 * as the conversion tool's test files write it. The tool upper-cases it and takes the document, so the group is
	 * judged on it (READY with PERIOD_AT_MINIMUM, see SubmissionFilesJobTest), not on its export columns. And the
	 * same document with one measure the 2022 catalogue lacks is refused: its export data, which says READY, does not
	 * stand in.
	 */
	@Test
	void cmssSampleInMixedCaseIsTakenAndARefusedOneIsNotReplacedByTheExport() throws IOException {
		Path sample = Path.of("../shared/reference/cms-samples/App1-Group-QRDA-III-2022.xml");
		assumeTrue(Files.exists(sample), "CMS's samples are not beside this checkout");
		String xml = Files.readString(sample);
		assertThat(xml).contains("extension=\"MIPS_APP1_GROUP\"");
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review
				GROUP,000777777,Good Health Clinic,Y,0015C1234567890,2022-01-01,2022-12-31,Y,Y,Y,Y
				""");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n000777777," + Npis.nth(7) + ",GROUP\n");
		submission("export.xml", xml.replace("extension=\"MIPS_APP1_GROUP\"", "extension=\"Mips_App1_Group\""));
		assertThat(fixture.runJob(2022).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "warnings", "pi_data"))
			.containsExactly("000777777|READY|PERIOD_AT_MINIMUM|export.xml");

		submission("export.xml", xml.replaceFirst("extension=\"PI_EP_1\"", "extension=\"PI_EP_9\""));
		assertThat(fixture.runJob(2022).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "reason_codes", "pi_data"))
			.containsExactly("000777777|AT_RISK|SUBMISSION_REFUSED|export.xml");
		assertThat(fixture.columns("rejected-rows.csv", "file", "reason_code", "value"))
			.containsExactly("export.xml|UNKNOWN_MEASURE|PI_EP_9");
	}

	private JsonNode summary() throws IOException {
		return JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
	}
}
