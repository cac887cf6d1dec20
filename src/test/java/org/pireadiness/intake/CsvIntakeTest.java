package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.ReportingEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV rules every input file shares (contract §3 common rules, §4 malformed records). */
class CsvIntakeTest {

	private static final String NPI = "1234567893";

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	private List<ReportingEntity> groups(String content) {
		return fixture.readAll(new GroupsFile(fixture.file("groups.csv", content),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS));
	}

	private CliniciansFile clinicians(String content) {
		return new CliniciansFile(fixture.file("clinicians.csv", content),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
	}

	@Test
	void byteOrderMarkCrlfAndRenamedReorderedHeaders() {
		List<ReportingEntity> entities = groups(
				"\uFEFFReports PI, Entity-Type ,ENTITY ID,Name\r\nY,GROUP,123456789,Alpha\r\nno,group,987654321,Beta\r\n");
		assertThat(entities).extracting(ReportingEntity::id, ReportingEntity::reportsPi, ReportingEntity::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("123456789", true, "Alpha"),
					org.assertj.core.groups.Tuple.tuple("987654321", false, "Beta"));
		assertThat(fixture.rejects).isEmpty();
	}

	@Test
	void quotedCellsKeepCommasQuotesAndLineBreaks() {
		String content = "entity_type,entity_id,name,reports_pi\n"
				+ "GROUP,123456789,\"Smith, \"\"Bob\"\" &\nSons\",Y\n"
				+ "GROUP,987654321,Beta,N\n"
				+ "GROUP,12345,Bad tin,N\n";
		List<ReportingEntity> entities = groups(content);
		assertThat(entities).extracting(ReportingEntity::name).containsExactly("Smith, \"Bob\" &\nSons", "Beta");
		// the first record spans lines 2-3, so the bad record starts on line 5
		assertThat(fixture.rejectSummary()).containsExactly("5:entity_id:INVALID_TIN");
	}

	@Test
	void anUnclosedQuoteInTheMiddleOfALongFileCostsOnlyItsLine() {
		StringBuilder content = new StringBuilder("tin,npi,last_name,reporting_level\n");
		for (int line = 2; line <= 10_000; line++) {
			String lastName = line == 5 ? "\"O'Neil" : "Name" + line;
			content.append(String.format("%09d", line)).append(',').append(NPI).append(',').append(lastName)
				.append(",GROUP\n");
		}
		CliniciansFile file = clinicians(content.toString());
		List<ClinicianRow> rows = fixture.readAll(file);
		assertThat(rows).hasSize(9_998);
		assertThat(rows).extracting(ClinicianRow::tin).contains("000000004", "000000006").doesNotContain("000000005");
		assertThat(fixture.rejectSummary()).containsExactly("5::MALFORMED_RECORD");
		assertThat(fixture.rejects.get(0).message()).contains("never closed");
		assertThat(file.tally()).isEqualTo(new InputTally("clinicians.csv", folder.resolve("clinicians.csv").toString(),
				9_999, 9_998, 1));
	}

	@Test
	void anUnclosedQuoteThatMeetsALaterQuoteStillCostsOnlyItsLine() {
		String content = "entity_type,entity_id,name,reports_pi\n"
				+ "GROUP,100000001,\"Alpha,Y\n"
				+ "GROUP,100000002,Beta,Y\n"
				+ "GROUP,100000003,\"Gamma\",Y\n";
		assertThat(groups(content)).extracting(ReportingEntity::id).containsExactly("100000002", "100000003");
		assertThat(fixture.rejectSummary()).containsExactly("2::MALFORMED_RECORD");
	}

	@Test
	void textAfterAClosingQuoteIsMalformed() {
		String content = "entity_type,entity_id,name,reports_pi\n"
				+ "GROUP,100000001,\"Alpha\" Clinic,Y\n"
				+ "GROUP,100000002,\"Beta\" ,Y\n";
		assertThat(groups(content)).extracting(ReportingEntity::name).containsExactly("Beta");
		assertThat(fixture.rejectSummary()).containsExactly("2::MALFORMED_RECORD");
		assertThat(fixture.rejects.get(0).message()).contains("text after a closing quote");
	}

	@Test
	void moreCellsThanTheHeaderIsMalformedAndFewerAreEmpty() {
		String content = "entity_type,entity_id,reports_pi,name\n"
				+ "GROUP,100000001,Y,Alpha,extra\n"
				+ "GROUP,100000002,Y\n";
		List<ReportingEntity> entities = groups(content);
		assertThat(entities).extracting(ReportingEntity::id, ReportingEntity::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("100000002", ""));
		assertThat(fixture.rejectSummary()).containsExactly("2::MALFORMED_RECORD");
		assertThat(fixture.rejects.get(0).message()).contains("5 cells where the header has 4");
	}

	@Test
	void blankLinesAreSkippedAndLineNumbersStayPhysical() {
		String content = "entity_type,entity_id,reports_pi\n\nGROUP,100000001,Y\n   \nGROUP,1,Y\n";
		assertThat(groups(content)).hasSize(1);
		assertThat(fixture.rejectSummary()).containsExactly("5:entity_id:INVALID_TIN");
	}

	@Test
	void bytesThatAreNotUtf8RejectOnlyTheirRecord() {
		byte[] head = "entity_type,entity_id,name,reports_pi\nGROUP,100000001,Caf".getBytes();
		byte[] tail = ",Y\nGROUP,100000002,Beta,Y\n".getBytes();
		byte[] content = new byte[head.length + 1 + tail.length];
		System.arraycopy(head, 0, content, 0, head.length);
		content[head.length] = (byte) 0xE9; // Latin-1 é, not valid UTF-8
		System.arraycopy(tail, 0, content, head.length + 1, tail.length);
		var file = new GroupsFile(fixture.bytes("groups.csv", content),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
		assertThat(fixture.readAll(file)).extracting(ReportingEntity::id).containsExactly("100000002");
		assertThat(fixture.rejectSummary()).containsExactly("2:name:INVALID_VALUE");
	}

	@Test
	void aUtf16FileIsAUsageError() {
		byte[] content = { (byte) 0xFF, (byte) 0xFE, 'e', 0, ',', 0 };
		assertThatThrownBy(() -> new GroupsFile(fixture.bytes("groups.csv", content),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("groups.csv")
			.hasMessageContaining("UTF-16");
	}

	@Test
	void aRequiredColumnMissingFromTheHeaderNamesFileAndColumn() {
		assertThatThrownBy(() -> groups("entity_type,name,reports_pi\nGROUP,Alpha,Y\n"))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("groups.csv")
			.hasMessageContaining("entity_id");
	}

	@Test
	void aColumnNamedTwiceInTheHeaderNamesBothSpellings() {
		assertThatThrownBy(() -> groups("entity_type,entity_id,reports_pi,Entity ID\nGROUP,100000001,Y,100000002\n"))
			.isInstanceOf(InputFileException.class)
			.hasMessage("groups.csv: column entity_id appears twice in the header (\"entity_id\" and \"Entity ID\")");
	}

	@Test
	void anEmptyFileHasNoHeader() {
		assertThatThrownBy(() -> groups("")).isInstanceOf(InputFileException.class).hasMessageContaining("empty");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatThrownBy(
				() -> new GroupsFile(folder.resolve("nope.csv"),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS))
			.isInstanceOf(InputFileException.class).hasMessageContaining("groups.csv").hasMessageContaining("nope.csv");
	}

	@Test
	void unknownColumnsAreListedOnce() {
		var file = new GroupsFile(fixture.file("groups.csv", "entity_type,entity_id,reports_pi,colour\nGROUP,100000001,Y,red\n"),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
		assertThat(file.unknownColumns()).containsExactly("colour");
		assertThat(fixture.readAll(file)).extracting(e -> e.type()).containsExactly(EntityType.GROUP);
	}
}
