package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * Contract §7.2 through the whole job, each expectation worked out by hand: a PI set is its entity's PI data (replacing
 * the export's), several sets keep the best, an entity or individual path the exports lack is added, and CMS's own
 * published payload gives the findings the contract says.
 */
class SubmissionFilesJobTest {

	private static final Path CMS_SAMPLE = Path.of("../shared/reference/cms-samples/submission-example-aci-PY2023.json");

	private static final String CHECKLIST = """
			entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
			GROUP,111111111,,2025,1.1,Fully in all areas,2025-03-01
			GROUP,222222222,,2025,1.1,Fully in all areas,2025-03-01
			""";

	@TempDir
	Path folder;

	private RunFixture fixture;

	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		// Alpha's export data is clean, Beta's lacks a CEHRT ID: the sets below replace both
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review
				GROUP,111111111,Alpha,Y,0015C1234567890,2025-01-01,2025-12-31,Y,Y,Y,Y
				GROUP,222222222,Beta,Y,,2025-01-01,2025-12-31,Y,Y,Y,Y
				""");
		fixture.write("clinicians.csv", """
				tin,npi,last_name,first_name,reporting_level,entity_id
				111111111,%s,Able,Ann,GROUP,
				222222222,%s,Baker,Bob,GROUP,
				333333333,%s,Cole,Cy,GROUP,
				""".formatted(Npis.nth(1), Npis.nth(2), Npis.nth(3)));
		fixture.write("checklist_results.csv", CHECKLIST + "GROUP,333333333,,2025,1.1,Fully in all areas,2025-03-01\n");
	}

	/** A 2025 group set: every attestation YES, the measures met unless {@code measures} says otherwise. */
	private static String groupSet(String tin, String cehrt, String measures) {
		return """
				{"entityType": "group", "taxpayerIdentificationNumber": "%s", "performanceYear": 2025,
				 "measurementSets": [{"category": "pi", "submissionMethod": "electronicHealthRecord", "cehrtId": "%s",
				   "performanceStart": "2025-01-01", "performanceEnd": "2025-12-31",
				   "measurements": [%s]}]}
				""".formatted(tin, cehrt, measures);
	}

	/** Every 2025 attestation YES and every required measure met. */
	static final String MET = """
			{"measureId": "PI_PPHI_1", "value": true}, {"measureId": "PI_PPHI_2", "value": true},
			{"measureId": "PI_INFBLO_1", "value": true}, {"measureId": "PI_ONCDIR_1", "value": true},
			{"measureId": "PI_EP_1", "value": {"numerator": 1, "denominator": 2}}, {"measureId": "PI_EP_2", "value": true},
			{"measureId": "PI_HIE_5", "value": true}, {"measureId": "PI_PEA_1", "value": {"numerator": 1, "denominator": 2}},
			{"measureId": "PI_PHCDRR_1", "value": true}, {"measureId": "PI_PHCDRR_1_PROD", "value": true},
			{"measureId": "PI_PHCDRR_3", "value": true}, {"measureId": "PI_PHCDRR_3_PRE", "value": true}""";

	private void submission(String name, String json) {
		fixture.write("submissions/" + name, json);
	}

	@Test
	void aSetReplacesTheExportDataAndSeveralSetsKeepTheBest() {
		// Alpha: one set whose exclusion answered NO is sent with its measure (a conflict in a payload)
		submission("a-alpha.json", groupSet("111111111", "0015C1234567890",
				MET + ", {\"measureId\": \"PI_LVPP_1\", \"value\": false}"));
		// Beta: two sets, one with an invalid CEHRT ID, one clean, in two files: the clean one counts
		submission("b-beta-1.json", groupSet("222222222", "0015E1234567890", MET));
		submission("b-beta-2.json", groupSet("222222222", "0015C1234567890", MET));
		// Gamma is not in groups.csv: its set adds it
		submission("c-gamma.json", groupSet("333333333", "0015C1234567890", MET));
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();

		assertThat(fixture.columns("entity-status.csv", "entity_id", "name", "status", "reason_codes", "warnings",
				"pi_data"))
			.containsExactly("111111111|Alpha|AT_RISK|EXCLUSION_CONFLICT:PI_EP_1||a-alpha.json",
					"222222222|Beta|READY||SEVERAL_PI_SUBMISSIONS|b-beta-2.json",
					"333333333||READY|||c-gamma.json");
		assertThat(fixture.columns("clinician-status.csv", "tin", "status", "reason_codes")).containsExactly(
				"111111111|AT_RISK|EXCLUSION_CONFLICT:PI_EP_1", "222222222|READY|", "333333333|READY|");
		assertThat(result.out()).contains("GROUP:111111111: its export PI data")
			.contains("GROUP:222222222: its export PI data").doesNotContain("GROUP:333333333: its export");
	}

	/**
	 * §9.1: of several READY sets CMS keeps the highest score. Beta's first set has PI_PEA_1 1/2 (12.5 -> 13 of 25),
	 * its second 2/2 (25); both PI_EP_1 1/2 (5 of 10): by hand 5 + 10 + 30 + 13 + 12.5 + 12.5 = 83 and 95, so the
	 * second counts.
	 */
	@Test
	void ofSeveralReadySetsTheHighestEstimateCounts() {
		String better = groupSet("222222222", "0015C1234567890", MET.replace(
				"{\"measureId\": \"PI_PEA_1\", \"value\": {\"numerator\": 1, \"denominator\": 2}}",
				"{\"measureId\": \"PI_PEA_1\", \"value\": {\"numerator\": 2, \"denominator\": 2}}"));
		submission("b-beta-1.json", groupSet("222222222", "0015C1234567890", MET));
		submission("b-beta-2.json", better);
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "pi_data", "estimated_pi_score"))
			.contains("222222222|READY|b-beta-2.json|95");
		// and the other way round: the first one counts
		submission("b-beta-1.json", better);
		submission("b-beta-2.json", groupSet("222222222", "0015C1234567890", MET));
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "pi_data", "estimated_pi_score"))
			.contains("222222222|b-beta-1.json|95");
	}

	@Test
	void anIndividualSetAddsThePathTheExportsLack() {
		submission("individual.json", """
				{"entityType": "individual", "taxpayerIdentificationNumber": "333333333",
				 "nationalProviderIdentifier": "%s", "performanceYear": 2025,
				 "measurementSets": [{"category": "pi", "cehrtId": "0015C1234567890",
				   "performanceStart": "2025-01-01", "performanceEnd": "2025-12-31", "measurements": [%s]}]}
				""".formatted(Npis.nth(3), MET));
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		// Cole's GROUP path has no group; the individual path the set adds is READY (the TIN's group checklist counts)
		assertThat(fixture.columns("clinician-status.csv", "tin", "npi", "status")).contains(
				"333333333|" + Npis.nth(3) + "|READY");
		assertThat(fixture.columns("entity-status.csv", "entity_type", "entity_id", "npi", "status", "pi_data"))
			.contains("INDIVIDUAL|333333333|" + Npis.nth(3) + "|READY|individual.json",
					"GROUP|333333333||AT_RISK|");
	}

	/**
	 * Contract v3 §5.3: a subgroup judged on a PI set of its own takes its own checklist rows dated in the year, and
	 * otherwise its affiliated group's. By hand: SG-00000001 has no rows and its group 111111111 a complete 2025
	 * assessment: READY; SG-00000002 has rows of its own in 2025 leaving practice 1.2 unanswered (1.2 appears for
	 * the 2025 edition in the file, so the edition requires it; the group's rows do not stand in): INCOMPLETE;
	 * SG-00000004 belongs to 999999999, which has no rows at all: MISSING, naming both.
	 */
	@Test
	void aSubgroupWithItsOwnSetTakesItsOwnChecklistOrElseItsGroups() {
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,affiliated_tin
				GROUP,111111111,Alpha,N,
				SUBGROUP,SG-00000001,One,N,111111111
				SUBGROUP,SG-00000002,Two,N,111111111
				SUBGROUP,SG-00000004,Four,N,999999999
				""");
		fixture.write("clinicians.csv", """
				tin,npi,reporting_level,entity_id
				111111111,%s,SUBGROUP,SG-00000001
				111111111,%s,SUBGROUP,SG-00000002
				999999999,%s,SUBGROUP,SG-00000004
				""".formatted(Npis.nth(1), Npis.nth(2), Npis.nth(4)));
		fixture.write("checklist_results.csv", CHECKLIST + """
				GROUP,111111111,,2025,1.2,Fully in all areas,2025-03-01
				SUBGROUP,SG-00000002,,2025,1.1,Fully in all areas,2025-04-01
				SUBGROUP,SG-00000002,,2025,1.2,,2025-04-01
				""");
		for (String subgroup : new String[] { "SG-00000001", "SG-00000002", "SG-00000004" }) {
			submission(subgroup + ".json", groupSet("111111111", "0015C1234567890", MET)
				.replace("\"entityType\": \"group\", \"taxpayerIdentificationNumber\": \"111111111\"",
						"\"entityType\": \"subgroup\", \"entityId\": \"" + subgroup + "\""));
		}
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "reason_codes")).contains(
				"SG-00000001|READY|", "SG-00000002|AT_RISK|SAFER_CHECKLIST_INCOMPLETE",
				"SG-00000004|AT_RISK|SAFER_CHECKLIST_MISSING");
		assertThat(fixture.columns("at-risk-entities.csv", "entity_id", "reasons")).anySatisfy(row -> assertThat(row)
			.startsWith("SG-00000004|").contains("none for SUBGROUP:SG-00000004, none for its group GROUP:999999999"));
	}

	@Test
	void theRejectsOfSubmissionFilesAreCountedPerFile() throws IOException {
		// the second submission starts on line 10: the first spans nine, its measurements on six of them
		submission("bad.json", "[" + groupSet("111111111", "0015C1234567890", MET) + ", " + groupSet("12345",
				"0015C1234567890", MET) + "]");
		submission("broken.json", "{ not json");
		submission("notes.txt", "ignored");
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("skipping what is neither *.json nor *.xml: notes.txt");
		assertThat(fixture.columns("rejected-rows.csv", "file", "line", "column", "reason_code")).containsExactly(
				"bad.json|10|/1/taxpayerIdentificationNumber|INVALID_TIN", "broken.json|1||MALFORMED_RECORD");
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		List<String> inputs = summary.get("inputs").valueStream().map(node -> node.get("file").asString() + " "
				+ node.get("rows_read").asInt() + "=" + node.get("rows_accepted").asInt() + "+"
				+ node.get("rows_rejected").asInt() + (node.has("pi_sets") ? " sets " + node.get("pi_sets").asInt() : ""))
			.toList();
		assertThat(inputs).containsExactly("groups.csv 2=2+0", "checklist_results.csv 3=3+0", "clinicians.csv 3=3+0",
				"bad.json 13=12+1 sets 1", "broken.json 1=0+1 sets 0");
	}

	@Test
	void aChangedPayloadIsANewRunAndTheSameOnesDoNothing() throws IOException {
		submission("alpha.json", groupSet("111111111", "0015C1234567890", MET));
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		assertThat(fixture.runJob(2025).out()).contains("already processed");
		submission("alpha.json", groupSet("111111111", "0015E1234567890", MET));
		RunFixture.Result changed = fixture.runJob(2025);
		assertThat(changed.out()).doesNotContain("already processed");
		assertThat(fixture.columns("clinician-status.csv", "tin", "reason_codes")).contains("111111111|CEHRT_ID_INVALID");
	}

	/** CMS's published PI example, verbatim: its NPI fails the check digit, so the submission is rejected. */
	@Test
	void cmsPublishedExampleIsRejectedForItsNpiAndJudgedOnceCorrected() throws IOException {
		assumeTrue(Files.exists(CMS_SAMPLE), "CMS's sample is not beside this checkout");
		fixture.write("groups.csv", "entity_type,entity_id,reports_pi\n");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n000456789,9876543213,GROUP\n");
		fixture.write("checklist_results.csv", CHECKLIST);
		Files.createDirectories(fixture.input().resolve("submissions"));
		Files.copy(CMS_SAMPLE, fixture.input().resolve("submissions").resolve(CMS_SAMPLE.getFileName()));
		assertThat(fixture.runJob(2023).exitCode()).isZero();
		assertThat(fixture.columns("rejected-rows.csv", "file", "line", "column", "value", "reason_code"))
			.containsExactly("submission-example-aci-PY2023.json|1|/nationalProviderIdentifier|9876543210|INVALID_NPI");

		// with the check digit corrected (…213): 2023 accepts its XX15E CEHRT ID and the full-year period; PI_PPHI_1
		// is false, PI_PPHI_2 is not sent, and PDMP and electronic case reporting, both required in 2023, are absent
		Files.writeString(fixture.input().resolve("submissions").resolve(CMS_SAMPLE.getFileName()),
				Files.readString(CMS_SAMPLE).replace("9876543210", "9876543213"));
		assertThat(fixture.runJob(2023).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_type", "npi", "status", "reason_codes", "pi_data"))
			.contains("INDIVIDUAL|9876543213|AT_RISK|MEASURE_NOT_MET:PI_EP_2;MEASURE_NOT_MET:PI_PHCDRR_3;"
					+ "SAFER_NOT_ATTESTED;SRA_NOT_YES|submission-example-aci-PY2023.json");
		assertThat(fixture.columns("rejected-rows.csv", "file")).isEmpty();
	}

	/**
	 * CMS's 2022 APP group sample, verbatim, and the same content as QPP JSON: the same findings. By hand: 2022
	 * accepts its XX15E CEHRT ID; its period (2022-09-27 to 2022-12-25) has exactly 90 days; every attestation is Y;
	 * e-Prescribing and patient access are met, PI_HIE_5 is the HIE option, the registries are Y (PI_PHCDRR_5's N
	 * is a bonus); 2022 requires no checklist: READY, with PERIOD_AT_MINIMUM.
	 */
	@Test
	void aQrdaDocumentAndTheSameContentAsQppJsonGiveTheSameFindings() throws IOException {
		Path sample = Path.of("../shared/reference/cms-samples/App1-Group-QRDA-III-2022.xml");
		assumeTrue(Files.exists(sample), "CMS's samples are not beside this checkout");
		fixture.write("groups.csv", "entity_type,entity_id,name,reports_pi\nGROUP,000777777,Good Health Clinic,N\n");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n000777777," + Npis.nth(7) + ",GROUP\n");
		fixture.write("checklist_results.csv", CHECKLIST);
		Files.createDirectories(fixture.input().resolve("submissions"));
		Files.copy(sample, fixture.input().resolve("submissions").resolve(sample.getFileName()));
		assertThat(fixture.runJob(2022).exitCode()).isZero();
		List<String> fromQrda = fixture.columns("entity-status.csv", "entity_type", "entity_id", "status", "reason_codes",
				"warnings");
		assertThat(fromQrda).containsExactly("GROUP|000777777|READY||PERIOD_AT_MINIMUM");
		assertThat(fixture.columns("entity-status.csv", "pi_data")).containsExactly("App1-Group-QRDA-III-2022.xml");

		Files.delete(fixture.input().resolve("submissions").resolve(sample.getFileName()));
		submission("app1-group.json", """
				{"entityType": "group", "taxpayerIdentificationNumber": "000777777", "performanceYear": 2022,
				 "programName": "app1",
				 "measurementSets": [{"category": "pi", "submissionMethod": "electronicHealthRecord",
				   "cehrtId": "XX15EXXXXXXXXXX", "performanceStart": "2022-09-27", "performanceEnd": "2022-12-25",
				   "measurements": [
				     {"measureId": "PI_EP_1", "value": {"numerator": 752879, "denominator": 762398}},
				     {"measureId": "PI_PEA_1", "value": {"numerator": 277373, "denominator": 283717}},
				     {"measureId": "PI_PPHI_1", "value": true}, {"measureId": "PI_EP_2", "value": true},
				     {"measureId": "PI_HIE_5", "value": true}, {"measureId": "PI_PPHI_2", "value": true},
				     {"measureId": "PI_PHCDRR_1", "value": true}, {"measureId": "PI_PHCDRR_3", "value": true},
				     {"measureId": "PI_PHCDRR_4", "value": true}, {"measureId": "PI_PHCDRR_5", "value": false},
				     {"measureId": "PI_INFBLO_1", "value": true}, {"measureId": "PI_ONCACB_1", "value": true},
				     {"measureId": "PI_ONCDIR_1", "value": true}]}]}
				""");
		assertThat(fixture.runJob(2022).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_type", "entity_id", "status", "reason_codes", "warnings"))
			.isEqualTo(fromQrda);
		assertThat(fixture.columns("clinician-status.csv", "status", "warnings"))
			.containsExactly("READY|PERIOD_AT_MINIMUM");
	}
}
