package org.pireadiness.intake.submission;

import java.io.IOException;
import java.nio.file.Files;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Contract §7.1-§7.3 for QRDA III, read as CMS's conversion tool reads a 2022 document (its decoders' paths, as
 * {@code ../shared/reference/cms-samples/README.md} notes them): each part of the mapping on a small document of
 * the guide's shape, and CMS's own published samples verbatim. Expectations worked out by hand.
 */
class QrdaFileTest {

	private static final Path SAMPLES = Path.of("../shared/reference/cms-samples");

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	private SubmissionRead read(String xml, int year) {
		return QrdaFile.read(fixture.file("export.xml", xml), "export.xml", year, List.of(year == 2022 ? "2021-07-01"
				: "2024-12-01"), MeasureCatalog.forYear(year));
	}

	/** A 2022 QRDA III document: the header, an eCQM section whose act gives the year, and a PI section. */
	static String document(String program, String performer, String pi) {
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
				  <templateId root="2.16.840.1.113883.10.20.27.1.1" extension="2017-06-01"/>
				  <templateId root="2.16.840.1.113883.10.20.27.1.2" extension="2021-07-01"/>
				  <informationRecipient><intendedRecipient>
				    <id root="2.16.840.1.113883.3.249.7" extension="%s"/>
				  </intendedRecipient></informationRecipient>
				  <participant typeCode="DEV"><associatedEntity classCode="RGPR">
				    <id root="2.16.840.1.113883.3.2074.1" extension="0015C1234567890"/>
				  </associatedEntity></participant>
				  <documentationOf><serviceEvent classCode="PCPR">
				    <effectiveTime><low value="20170101"/><high value="20171231"/></effectiveTime>
				    <performer typeCode="PRF"><assignedEntity>
				%s
				    </assignedEntity></performer>
				  </serviceEvent></documentationOf>
				  <component><structuredBody>
				    <component><section>
				      <templateId root="2.16.840.1.113883.10.20.27.2.3" extension="2020-12-01"/>
				      <entry><act><templateId root="2.16.840.1.113883.10.20.17.3.8"/>
				        <effectiveTime><low value="20220101"/><high value="20221231"/></effectiveTime></act></entry>
				    </section></component>
				%s
				  </structuredBody></component>
				</ClinicalDocument>
				""".formatted(program, performer, pi);
	}

	static final String GROUP = """
			      <representedOrganization><id root="2.16.840.1.113883.4.2" extension="123456789"/></representedOrganization>""";

	/** A PI section: the reporting period, and the measures given (organizers, one after another). */
	static String piSection(String start, String end, String measures) {
		return """
				    <component><section>
				      <templateId root="2.16.840.1.113883.10.20.27.2.5" extension="2017-06-01"/>
				      <templateId root="2.16.840.1.113883.10.20.24.2.2"/>
				%s
				      <entry><act><templateId root="2.16.840.1.113883.10.20.17.3.8"/>
				        <effectiveTime><low value="%s"/><high value="%s"/></effectiveTime></act></entry>
				    </section></component>""".formatted(measures, start, end);
	}

	static String proportion(String id, String numerator, String denominator) {
		return """
				      <entry><organizer><templateId root="2.16.840.1.113883.10.20.27.3.28" extension="2017-06-01"/>
				        <reference><externalDocument><id root="2.16.840.1.113883.3.7031" extension="%s"/></externalDocument></reference>
				        <component><observation><templateId root="2.16.840.1.113883.10.20.27.3.30"/><value value=".5"/></observation></component>
				        <component><observation><templateId root="2.16.840.1.113883.10.20.27.3.31"/><value code="NUMER"/>
				          <entryRelationship><observation><templateId root="2.16.840.1.113883.10.20.27.3.3"/><value value="%s"/></observation></entryRelationship>
				        </observation></component>
				        <component><observation><templateId root="2.16.840.1.113883.10.20.27.3.32"/><value code="DENOM"/>
				          <entryRelationship><observation><templateId root="2.16.840.1.113883.10.20.27.3.3"/><value value="%s"/></observation></entryRelationship>
				        </observation></component>
				      </organizer></entry>""".formatted(id, numerator, denominator);
	}

	static String performed(String id, String code) {
		return """
				      <entry><organizer><templateId root="2.16.840.1.113883.10.20.27.3.29" extension="2016-09-01"/>
				        <reference><externalDocument><id root="2.16.840.1.113883.3.7031" extension="%s"/></externalDocument></reference>
				        <component><observation><templateId root="2.16.840.1.113883.10.20.27.3.27"/><value code="%s"/></observation></component>
				      </organizer></entry>""".formatted(id, code);
	}

	private static final String MEASURES = performed("PI_PPHI_1", "Y") + "\n" + performed("PI_PPHI_2", "N") + "\n"
			+ proportion("PI_EP_1", "3", "9") + "\n" + performed("PI_HIE_5", "Y");

	private static List<String> rejects(SubmissionRead read) {
		return read.rejects().stream().map(r -> r.line() + ":" + r.column() + ":" + r.code()).toList();
	}

	@Test
	void thePiSectionIsTheSetOfTheHeadersEntity() {
		SubmissionRead read = read(document("MIPS_GROUP", GROUP, piSection("20220401", "2022-12-31", MEASURES)), 2022);
		assertThat(read.rejects()).isEmpty();
		PiSet set = read.sets().get(0);
		assertThat(set.entity()).isEqualTo(EntityRef.group("123456789"));
		assertThat(set.programName()).isEqualTo("mips");
		assertThat(set.submissionMethod()).isEqualTo("electronicHealthRecord");
		assertThat(set.submission().cehrtId()).isEqualTo("0015C1234567890");
		// the act's dates, as the conversion tool parses them: '-' removed, yyyyMMdd
		assertThat(set.submission().periodStart()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(set.submission().periodEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(set.submission().securityRiskAnalysis()).isEqualTo(Attestation.YES);
		assertThat(set.submission().safer()).isEqualTo(Attestation.NO);
		assertThat(set.measures()).containsOnlyKeys("PI_EP_1", "PI_HIE_5");
		assertThat(set.measures().get("PI_EP_1").denominator()).isEqualTo(9);
		assertThat(set.measures().get("PI_HIE_5").value()).isEqualTo(Attestation.YES);
		assertThat(read.rowsRead()).isEqualTo(4);
	}

	@ParameterizedTest(name = "{0} -> {1} ({2})")
	@CsvSource({ "MIPS_INDIV,INDIVIDUAL,mips", "MIPS_GROUP,GROUP,mips", "MIPS_VIRTUALGROUP,VIRTUAL_GROUP,mips",
			"MIPS_APMENTITY,APM_ENTITY,mips", "MIPS_SUBGROUP,SUBGROUP,mips", "MIPS_APP1_INDIV,INDIVIDUAL,app1",
			"MIPS_APP1_GROUP,GROUP,app1", "MIPS_APP1_APMENTITY,APM_ENTITY,app1", "APP_PLUS_INDIV,INDIVIDUAL,appPlus",
			"APP_PLUS_GROUP,GROUP,appPlus", "APP_PLUS_APMENTITY,APM_ENTITY,appPlus" })
	void theProgramCodeNamesTheEntityType(String program, EntityType type, String programName) {
		String performer = """
				      <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
				      <representedOrganization>
				        <id root="2.16.840.1.113883.4.2" extension="123456789"/>
				        <id root="2.16.840.1.113883.3.249.5.2" extension="VG-1"/>
				        <id root="2.16.840.1.113883.3.249.5.4" extension="A1"/>
				        <id root="2.16.840.1.113883.3.249.5.5" extension="SG-00000001"/>
				      </representedOrganization>""";
		// the first entity id the header gives is the entity's, whichever root it has: one kind per document here
		String only = switch (type) {
			case VIRTUAL_GROUP -> performer.replaceAll("(?s)\\s*<id root=\"2.16.840.1.113883.3.249.5.[45]\"[^>]*/>", "");
			case APM_ENTITY -> performer.replaceAll("(?s)\\s*<id root=\"2.16.840.1.113883.3.249.5.[25]\"[^>]*/>", "");
			case SUBGROUP -> performer.replaceAll("(?s)\\s*<id root=\"2.16.840.1.113883.3.249.5.[24]\"[^>]*/>", "");
			default -> performer;
		};
		PiSet set = read(document(program, only, piSection("20220101", "20221231", MEASURES)), 2022).sets().get(0);
		assertThat(set.entity().type()).isEqualTo(type);
		assertThat(set.programName()).isEqualTo(programName);
		assertThat(set.entity().id()).isEqualTo(switch (type) {
			case VIRTUAL_GROUP -> "VG-1";
			case APM_ENTITY -> "A1";
			case SUBGROUP -> "SG-00000001";
			default -> "123456789";
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"an unknown program|MIPS_HOSPITAL|/ClinicalDocument/informationRecipient/intendedRecipient/id/@extension|INVALID_VALUE",
			"no program|''|/ClinicalDocument/informationRecipient/intendedRecipient/id/@extension|MISSING_VALUE",
			"an individual without an NPI|MIPS_INDIV|/ClinicalDocument/documentationOf/serviceEvent/performer/assignedEntity/id/@extension|MISSING_VALUE",
			"a virtual group without its id|MIPS_VIRTUALGROUP|/ClinicalDocument/documentationOf/serviceEvent/performer/assignedEntity/representedOrganization/id/@extension|MISSING_VALUE" })
	void aDocumentTheConverterRefusesIsOneRejectedRowAtLineOne(String what, String program, String column,
			RejectCode code) {
		SubmissionRead read = read(document(program, GROUP, piSection("20220101", "20221231", MEASURES)), 2022);
		assertThat(rejects(read)).containsExactly("1:" + column + ":" + code);
		assertThat(read.sets()).isEmpty();
		assertThat(read.rowsRead()).isEqualTo(1);
		// §7.4: refused, and its entity cannot be told
		assertThat(read.unattributed()).isEqualTo(1);
		assertThat(read.refusals()).isEmpty();
	}

	/**
	 * §7.4: the conversion tool upper-cases the program code before it matches it (its test repository's files use
	 * {@code App_Plus_Group} and {@code mips_apmentity}), and any other code is an individual submission of the
	 * program its lower-cased self names, which the validator takes for mips, app1 and appPlus: the bare codes.
	 */
	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource({ "App_Plus_Group,GROUP,appPlus", "app_plus_indiv,INDIVIDUAL,appPlus", "mips_group,GROUP,mips",
			"Mips_Indiv,INDIVIDUAL,mips", "MIPS,INDIVIDUAL,mips", "mips,INDIVIDUAL,mips", "App1,INDIVIDUAL,app1",
			"AppPlus,INDIVIDUAL,appPlus", "mips_app1_group,GROUP,app1" })
	void programCodesAreMatchedWithoutRegardToCase(String program, EntityType type, String programName) {
		String performer = """
				      <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
				      <representedOrganization>
				        <id root="2.16.840.1.113883.4.2" extension="123456789"/>
				      </representedOrganization>""";
		SubmissionRead read = read(document(program, performer, piSection("20220101", "20221231", MEASURES)), 2022);
		assertThat(read.rejects()).isEmpty();
		assertThat(read.sets()).singleElement().satisfies(set -> {
			assertThat(set.entity()).isEqualTo(type == EntityType.GROUP ? EntityRef.group("123456789")
					: EntityRef.individual("123456789", "1234567893"));
			assertThat(set.programName()).isEqualTo(programName);
		});
	}

	@Test
	void theYearIsTheFirstReportingParametersActs() {
		// the eCQM section's act comes first and says 2022; a PI section dated 2025 does not make it a 2025 document
		String xml = document("MIPS_GROUP", GROUP, piSection("20250101", "20251231", MEASURES));
		SubmissionRead read = read(xml.replace("2021-07-01", "2024-12-01"), 2025);
		assertThat(rejects(read)).containsExactly(
				"1:/ClinicalDocument/component/structuredBody/component/section/entry/act/effectiveTime/low/@value:INVALID_VALUE");
		// §7.4: another year's document is only not for this run: not refused
		assertThat(read.refused()).isZero();
	}

	@Test
	void aDocumentOfAnotherYearsGuideIsNotOneTheConverterTakes() {
		SubmissionRead read = read(document("MIPS_GROUP", GROUP, piSection("20220101", "20221231", MEASURES)), 2025);
		assertThat(read.rejects()).extracting(RejectedRow::code).containsExactly(RejectCode.MALFORMED_RECORD);
		assertThat(read.rejects().get(0).message()).contains("extension 2021-07-01").contains("2024-12-01");
	}

	@Test
	void twoPiSectionsAreRefusedAndAPiSectionNeedsExactlyOneAct() {
		String section = piSection("20220101", "20221231", MEASURES);
		SubmissionRead twice = read(document("MIPS_GROUP", GROUP, section + "\n" + section), 2022);
		assertThat(rejects(twice)).containsExactly(
				"1:/ClinicalDocument/component/structuredBody/component[3]/section:INVALID_VALUE");
		assertThat(twice.refusals()).extracting(refusal -> refusal.entity()).containsExactly(EntityRef.group("123456789"));
		String noAct = section.replaceAll("(?s)<entry><act>.*</act></entry>", "");
		SubmissionRead read = read(document("MIPS_GROUP", GROUP, noAct), 2022);
		assertThat(read.rejects()).extracting(RejectedRow::code, RejectedRow::column).containsExactly(
				org.assertj.core.groups.Tuple.tuple(RejectCode.INVALID_VALUE,
						"/ClinicalDocument/component/structuredBody/component[2]/section"));
		assertThat(read.sets()).isEmpty();
		assertThat(read.refusals()).hasSize(1);
	}

	@Test
	void aDocumentWithoutAPiSectionGivesNoSet() {
		SubmissionRead read = read(document("MIPS_GROUP", GROUP, ""), 2022);
		assertThat(read.sets()).isEmpty();
		assertThat(read.rejects()).isEmpty();
		assertThat(read.rowsRead()).isZero();
	}

	@Test
	void eachMeasurementIsCheckedAtItsOrganizersLine() {
		String measures = MEASURES + "\n" + proportion("PI_PEA_1", "1.5", "9") + "\n" + performed("PI_PHCDRR_1", "X")
				+ "\n" + proportion("PI_NOPE_1", "1", "2") + "\n" + performed("PI_HIE_5", "N");
		SubmissionRead read = read(document("MIPS_GROUP", GROUP, piSection("20220101", "20221331", measures)), 2022);
		String entries = "/ClinicalDocument/component/structuredBody/component[2]/section/";
		// the section's first four organizers start on lines 26, 30, 34 and 44; these five follow them, then the act
		assertThat(rejects(read)).containsExactly(
				"48:" + entries + "entry[5]/organizer/component[3]/observation/entryRelationship/observation/value/@value:INVALID_VALUE",
				"58:" + entries + "entry[6]/organizer/component/observation/value/@code:INVALID_VALUE",
				"62:" + entries + "entry[7]/organizer/reference/externalDocument/id/@extension:UNKNOWN_MEASURE",
				"72:" + entries + "entry[8]/organizer/reference/externalDocument/id/@extension:DUPLICATE_ROW",
				"77:" + entries + "entry[9]/act/effectiveTime/high/@value:INVALID_DATE");
		assertThat(read.rowsAccepted()).isEqualTo(4);
		// §7.4: the conversion tool refuses the whole document, for the entity it names
		assertThat(read.sets()).isEmpty();
		assertThat(read.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.entity()).isEqualTo(EntityRef.group("123456789"));
			assertThat(refusal.problem()).startsWith("line 48: INVALID_VALUE");
		});
	}

	@Test
	void anExternalEntityIsNotResolved() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "0015C9999999999");
		String xml = document("MIPS_GROUP", GROUP, piSection("20220101", "20221231", MEASURES))
			.replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
					+ "<!DOCTYPE ClinicalDocument [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>")
			.replace("0015C1234567890", "&secret;");
		SubmissionRead read = read(xml, 2022);
		assertThat(read.sets()).allSatisfy(set -> assertThat(set.submission().cehrtId()).doesNotContain("9999"));
		assertThat(read.rejects()).extracting(RejectedRow::code).containsExactly(RejectCode.MALFORMED_RECORD);
	}

	@Test
	void whatIsNotAQrdaIiiDocumentIsMalformed() {
		assertThat(read("<ClinicalDocument><unclosed></ClinicalDocument>", 2022).rejects())
			.extracting(RejectedRow::code).containsExactly(RejectCode.MALFORMED_RECORD);
		assertThat(read("<?xml version=\"1.0\"?><html xmlns=\"urn:hl7-org:v3\"/>", 2022).rejects())
			.extracting(RejectedRow::code, RejectedRow::line).containsExactly(
					org.assertj.core.groups.Tuple.tuple(RejectCode.MALFORMED_RECORD, 1));
		assertThat(read("", 2022).rejects()).extracting(RejectedRow::code).containsExactly(RejectCode.MALFORMED_RECORD);
	}

	/** CMS's 2022 sample for an APP individual, verbatim: its NPI fails the check digit, so the document is rejected. */
	@Test
	void cmssIndividualSampleIsRejectedForItsNpi() throws IOException {
		Path sample = SAMPLES.resolve("App1-Indv-QRDA-III-2022.xml");
		assumeTrue(Files.exists(sample), "CMS's samples are not beside this checkout");
		SubmissionRead read = QrdaFile.read(sample, sample.getFileName().toString(), 2022, List.of("2021-07-01"),
				MeasureCatalog.forYear(2022));
		assertThat(rejects(read)).containsExactly(
				"1:/ClinicalDocument/documentationOf/serviceEvent/performer/assignedEntity/id/@extension:INVALID_NPI");
		assertThat(read.rejects().get(0).value()).isEqualTo("0777777777");
	}

	/** CMS's 2022 APP group sample, verbatim: the PI section as the README beside it lists it. */
	@Test
	void cmssGroupSampleGivesItsPiSection() throws IOException {
		Path sample = SAMPLES.resolve("App1-Group-QRDA-III-2022.xml");
		assumeTrue(Files.exists(sample), "CMS's samples are not beside this checkout");
		SubmissionRead read = QrdaFile.read(sample, sample.getFileName().toString(), 2022, List.of("2021-07-01"),
				MeasureCatalog.forYear(2022));
		assertThat(read.rejects()).isEmpty();
		PiSet set = read.sets().get(0);
		assertThat(set.entity()).isEqualTo(EntityRef.group("000777777"));
		assertThat(set.programName()).isEqualTo("app1");
		assertThat(set.submission().cehrtId()).isEqualTo("XX15EXXXXXXXXXX");
		assertThat(set.submission().periodStart()).isEqualTo(LocalDate.of(2022, 9, 27));
		assertThat(set.submission().periodEnd()).isEqualTo(LocalDate.of(2022, 12, 25));
		assertThat(set.submission().securityRiskAnalysis()).isEqualTo(Attestation.YES);
		assertThat(set.submission().safer()).isEqualTo(Attestation.YES);
		assertThat(set.submission().infoBlocking()).isEqualTo(Attestation.YES);
		assertThat(set.submission().oncDirectReview()).isEqualTo(Attestation.YES);
		assertThat(set.measures()).containsOnlyKeys("PI_EP_1", "PI_PEA_1", "PI_EP_2", "PI_HIE_5", "PI_PHCDRR_1",
				"PI_PHCDRR_3", "PI_PHCDRR_4", "PI_PHCDRR_5");
		assertThat(set.measures().get("PI_EP_1").numerator()).isEqualTo(752879);
		assertThat(set.measures().get("PI_EP_1").denominator()).isEqualTo(762398);
		assertThat(set.measures().get("PI_PEA_1").numerator()).isEqualTo(277373);
		assertThat(set.measures().get("PI_PHCDRR_5").value()).isEqualTo(Attestation.NO);
		// 13 measurements, PI_ONCACB_1 among them (accepted, not used)
		assertThat(read.rowsRead()).isEqualTo(13);
	}
}
