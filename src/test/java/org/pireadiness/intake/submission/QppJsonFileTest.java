package org.pireadiness.intake.submission;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pireadiness.intake.IntakeFixture;
import org.pireadiness.intake.RejectCode;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.rules.MeasureCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract §7.1-§7.3 for QPP JSON, one case each, worked out by hand: what a file may hold, what a set means, and
 * each problem's code, line (where its object starts) and JSON Pointer.
 */
class QppJsonFileTest {

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	private SubmissionRead read(String json) {
		return QppJsonFile.read(fixture.file("payload.json", json), "payload.json", 2025, MeasureCatalog.forYear(2025));
	}

	/** A group submission, one measurement a line; {@code entity} and {@code measurements} are spliced in. */
	private static String group(String entity, String measurements) {
		return """
				{
				  %s,
				  "performanceYear": 2025,
				  "measurementSets": [
				    {
				      "category": "pi",
				      "submissionMethod": "electronicHealthRecord",
				      "cehrtId": "0015C1234567890",
				      "performanceStart": "2025-01-01",
				      "performanceEnd": "2025-12-31",
				      "measurements": [
				%s
				      ]
				    }
				  ]
				}
				""".formatted(entity, measurements);
	}

	private static final String GROUP = "\"entityType\": \"group\", \"taxpayerIdentificationNumber\": \"123456789\"";

	private static final String CLEAN = """
			        { "measureId": "PI_PPHI_1", "value": true },
			        { "measureId": "PI_PPHI_2", "value": false },
			        { "measureId": "PI_ONCACB_1", "value": true },
			        { "measureId": "PI_EP_1", "value": { "numerator": 3, "denominator": 9 } }""";

	private static List<String> rejects(SubmissionRead read) {
		return read.rejects().stream().map(r -> r.line() + ":" + r.column() + ":" + r.code()).toList();
	}

	@Test
	void aSetIsTheEntitysPiDataWithItsAttestationsInTheirOwnFields() {
		SubmissionRead read = read(group(GROUP, CLEAN));
		assertThat(read.rejects()).isEmpty();
		PiSet set = read.sets().get(0);
		assertThat(set.entity()).isEqualTo(EntityRef.group("123456789"));
		assertThat(set.programName()).isEqualTo("mips");
		assertThat(set.submissionMethod()).isEqualTo("electronicHealthRecord");
		assertThat(set.submission().cehrtId()).isEqualTo("0015C1234567890");
		assertThat(set.submission().periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(set.submission().securityRiskAnalysis()).isEqualTo(Attestation.YES);
		assertThat(set.submission().safer()).isEqualTo(Attestation.NO);
		assertThat(set.submission().infoBlocking()).isEqualTo(Attestation.NOT_ATTESTED);
		// the attestations and the optional ONC-ACB one are not measure data
		assertThat(set.measures()).containsOnlyKeys("PI_EP_1");
		assertThat(set.measures().get("PI_EP_1").numerator()).isEqualTo(3);
		assertThat(read.rowsRead()).isEqualTo(4);
		assertThat(read.rowsAccepted()).isEqualTo(4);
	}

	@Test
	void anArrayTheApisDataWrapperAndOtherCategoriesSkipped() {
		String one = group(GROUP, CLEAN);
		String other = one.replace("\"category\": \"pi\"", "\"category\": \"quality\"");
		assertThat(read("[" + one + "," + other + "]").sets()).hasSize(1);
		assertThat(read("[" + one + "," + other + "]").otherSets()).isEqualTo(1);
		assertThat(read("{\"data\": {\"submission\": " + one + "}}").sets()).hasSize(1);
		assertThat(read("{\"data\": {\"submissions\": [" + one + "," + one + "]}, \"meta\": {}}").sets()).hasSize(2);
	}

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(delimiter = '|', value = {
			"\"entityType\": \"group\", \"taxpayerIdentificationNumber\": \"12345\"|/taxpayerIdentificationNumber|INVALID_TIN",
			"\"entityType\": \"group\"|/taxpayerIdentificationNumber|MISSING_VALUE",
			"\"entityType\": \"individual\", \"taxpayerIdentificationNumber\": \"123456789\", \"nationalProviderIdentifier\": \"1234567890\"|/nationalProviderIdentifier|INVALID_NPI",
			"\"entityType\": \"individual\", \"taxpayerIdentificationNumber\": \"123456789\"|/nationalProviderIdentifier|MISSING_VALUE",
			"\"entityType\": \"corporation\", \"taxpayerIdentificationNumber\": \"123456789\"|/entityType|INVALID_VALUE",
			"\"taxpayerIdentificationNumber\": \"123456789\"|/entityType|MISSING_VALUE",
			"\"entityType\": \"apm\"|/entityId|MISSING_VALUE",
			"\"entityType\": \"subgroup\", \"entityId\": \"SG-1\"|/entityId|INVALID_VALUE" })
	void aSubmissionWithoutAValidEntityIsOneRejectedRowAtItsFirstLine(String entity, String column, RejectCode code) {
		SubmissionRead read = read(group(entity, CLEAN));
		assertThat(rejects(read)).containsExactly("1:" + column + ":" + code);
		assertThat(read.sets()).isEmpty();
		// §7.4: CMS refuses it, and its entity cannot be told: unattributed, not a refusal of any entity
		assertThat(read.refusals()).isEmpty();
		assertThat(read.unattributed()).isEqualTo(1);
		assertThat(read.refused()).isEqualTo(1);
		// its measurements are not counted: the submission is the one row
		assertThat(read.rowsRead()).isEqualTo(1);
		assertThat(read.rowsAccepted()).isZero();
	}

	@ParameterizedTest(name = "performanceYear {0} -> {1}")
	@CsvSource(delimiter = '|', value = { "2024|INVALID_VALUE", "\"20x5\"|INVALID_VALUE", "true|INVALID_VALUE",
			"\"2025\"|", "2025|" })
	void thePerformanceYearIsTheRunsAsANumberOrItsDigits(String year, RejectCode code) {
		SubmissionRead read = read(group(GROUP, CLEAN).replace("\"performanceYear\": 2025", "\"performanceYear\": " + year));
		assertThat(rejects(read)).isEqualTo(code == null ? List.of() : List.of("1:/performanceYear:" + code));
	}

	@Test
	void anotherYearsSubmissionIsNotForThisRunNotRefused() {
		// §7.4: a year other than the run's only says the file is not for this run
		SubmissionRead read = read(group(GROUP, CLEAN).replace("\"performanceYear\": 2025", "\"performanceYear\": 2024"));
		assertThat(read.refused()).isZero();
		assertThat(read.sets()).isEmpty();
		// a year that is not a number cannot be told apart from a broken submission: CMS refuses it
		assertThat(read(group(GROUP, CLEAN).replace("\"performanceYear\": 2025", "\"performanceYear\": true"))
			.unattributed()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"{ \"measureId\": \"PI_NOPE_9\", \"value\": true }|/measurementSets/0/measurements/0/measureId|UNKNOWN_MEASURE",
			"{ \"measureId\": \"PI_HIE_1\", \"value\": true }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PHCDRR_1\", \"value\": { \"numerator\": 1, \"denominator\": 2 } }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PHCDRR_1\", \"value\": \"yes\" }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PEA_1\", \"value\": { \"numerator\": -1, \"denominator\": 2 } }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PEA_1\", \"value\": { \"numerator\": 5, \"denominator\": 2 } }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PEA_1\", \"value\": { \"numerator\": 1, \"denominator\": 0 } }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PEA_1\", \"value\": { \"numerator\": 1.5, \"denominator\": 2 } }|/measurementSets/0/measurements/0/value|INVALID_VALUE",
			"{ \"measureId\": \"PI_PEA_1\" }|/measurementSets/0/measurements/0/value|MISSING_VALUE" })
	void aBadMeasurementRefusesTheWholeSubmission(String measurement, String column, RejectCode code) {
		SubmissionRead read = read(group(GROUP, "        " + measurement + ",\n" + CLEAN));
		// the measurement's object starts on line 12; its row is rejected, the other four count, though unused
		assertThat(rejects(read)).containsExactly("12:" + column + ":" + code);
		assertThat(read.rowsRead()).isEqualTo(5);
		assertThat(read.rowsAccepted()).isEqualTo(4);
		// §7.4: the Submissions API refuses the whole submission (HTTP 422): no set is taken, the entity is named
		assertThat(read.sets()).isEmpty();
		assertThat(read.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.entity()).isEqualTo(EntityRef.group("123456789"));
			assertThat(refusal.line()).isEqualTo(1);
			assertThat(refusal.problem()).startsWith("line 12: " + code);
		});
		assertThat(read.unattributed()).isZero();
	}

	@Test
	void aBadMeasurementInOneSubmissionRefusesThatOneOnly() {
		String bad = group(GROUP.replace("123456789", "987654321"),
				"        { \"measureId\": \"PI_NOPE_9\", \"value\": true },\n" + CLEAN);
		SubmissionRead read = read("[" + group(GROUP, CLEAN) + "," + bad + "]");
		assertThat(read.sets()).extracting(PiSet::entity).containsExactly(EntityRef.group("123456789"));
		assertThat(read.refusals()).extracting(refusal -> refusal.entity())
			.containsExactly(EntityRef.group("987654321"));
		assertThat(read.refused()).isEqualTo(1);
		// 4 + 5 measurements read, one of them rejected
		assertThat(read.rowsRead()).isEqualTo(9);
		assertThat(read.rowsAccepted()).isEqualTo(8);
	}

	@Test
	void aBadMeasurementInOneSetRefusesTheSubmissionsOtherSetsToo() {
		String twoSets = group(GROUP, CLEAN).replace("  ]\n}", """
				    ,{
				      "category": "pi", "submissionMethod": "registry", "cehrtId": "0015C1234567890",
				      "performanceStart": "2025-01-01", "performanceEnd": "2025-12-31",
				      "measurements": [ { "measureId": "PI_PEA_1", "value": { "numerator": 5, "denominator": 2 } } ]
				    }
				  ]
				}""");
		SubmissionRead read = read(twoSets);
		assertThat(rejects(read)).hasSize(1);
		assertThat(read.sets()).isEmpty();
		assertThat(read.refusals()).hasSize(1);
	}

	@Test
	void theSameMeasureTwiceInASetRejectsTheSecondAndRefusesTheSubmission() {
		SubmissionRead read = read(group(GROUP, CLEAN + ",\n        { \"measureId\": \"PI_EP_1\", \"value\": { \"numerator\": 0, \"denominator\": 9 } }"));
		assertThat(rejects(read)).containsExactly("16:/measurementSets/0/measurements/4/measureId:DUPLICATE_ROW");
		assertThat(read.sets()).isEmpty();
		assertThat(read.refusals()).singleElement()
			.satisfies(refusal -> assertThat(refusal.problem()).startsWith("line 16: DUPLICATE_ROW PI_EP_1"));
	}

	@Test
	void aDateNotInTheIsoFormIsRejectedAndRefusesTheSubmission() {
		SubmissionRead read = read(group(GROUP, CLEAN).replace("\"2025-01-01\"", "\"1/1/2025\""));
		assertThat(rejects(read)).containsExactly("9:/measurementSets/0/performanceStart:INVALID_DATE");
		assertThat(read.sets()).isEmpty();
		assertThat(read.refusals()).hasSize(1);
		assertThat(read.rowsAccepted()).isEqualTo(4);
	}

	@Test
	void aFileThatIsNotWellFormedIsOneRejectedRowAndNothingElse() {
		// a good submission, then one whose measurements start with a stray comma on its line 11 (the file's 30th)
		String broken = group(GROUP, CLEAN).replace("\"measurements\": [", "\"measurements\": [ ,");
		SubmissionRead read = read("[" + group(GROUP, CLEAN) + "," + broken + "]");
		assertThat(read.sets()).isEmpty();
		assertThat(read.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.code()).isEqualTo(RejectCode.MALFORMED_RECORD);
			assertThat(reject.line()).isEqualTo(30);
		});
		assertThat(read.rowsRead()).isEqualTo(1);
		// a file CMS cannot parse names no entity: one refused submission, unattributed
		assertThat(read.refused()).isEqualTo(1);
		assertThat(read.unattributed()).isEqualTo(1);
		assertThat(read("[{\"entityType\": \"group\"").rejects()).extracting(RejectedRow::code)
			.containsExactly(RejectCode.MALFORMED_RECORD);
	}

	@Test
	void aSetsOwnProgramNameRulesAndEachEntityTypeIsNamed() {
		String apm = group("\"entityType\": \"apm\", \"entityId\": \"A1\", \"programName\": \"app1\"", CLEAN);
		assertThat(read(apm).sets().get(0).entity()).isEqualTo(EntityRef.of(EntityType.APM_ENTITY, "A1"));
		assertThat(read(apm).sets().get(0).programName()).isEqualTo("app1");
		String own = apm.replace("\"category\": \"pi\"", "\"category\": \"pi\", \"programName\": \"appPlus\"");
		assertThat(read(own).sets().get(0).programName()).isEqualTo("appPlus");
		String virtual = group("\"entityType\": \"virtualGroup\", \"entityId\": \"VG-1\"", CLEAN);
		assertThat(read(virtual).sets().get(0).entity()).isEqualTo(EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-1"));
		String individual = group("\"entityType\": \"individual\", \"taxpayerIdentificationNumber\": \"12-3456789\", "
				+ "\"nationalProviderIdentifier\": \"1234567893\"", CLEAN);
		assertThat(read(individual).sets().get(0).entity()).isEqualTo(EntityRef.individual("123456789", "1234567893"));
	}
}
