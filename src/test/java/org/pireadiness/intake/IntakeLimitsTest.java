package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.ReportingEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Oversized cells and lines, and mixed line ends: each costs its own record at most. */
class IntakeLimitsTest {

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	private List<ReportingEntity> groups(String content, IntakeLimits limits) {
		return fixture.readAll(new GroupsFile(fixture.file("groups.csv", content),
				FileMapping.NONE, limits, IntakeFixture.THREADS));
	}

	@Test
	void aCellLongerThanTheLimitRejectsItsRecord() {
		String longName = "x".repeat(100_000);
		List<ReportingEntity> entities = groups("entity_type,entity_id,name,reports_pi,colour\n"
				+ "GROUP,100000001," + longName + ",Y,red\n"
				+ "GROUP,100000002,Beta,Y," + longName + "\n"
				+ "GROUP,100000003,Gamma,Y,red\n", IntakeLimits.DEFAULTS);
		assertThat(entities).extracting(ReportingEntity::id).containsExactly("100000003");
		// an unused column's cell counts too, and the reject shows only the start of the value
		assertThat(fixture.rejectSummary()).containsExactly("2:name:INVALID_VALUE", "3:colour:INVALID_VALUE");
		assertThat(fixture.rejects.get(0).message()).contains("100,000 characters").contains("65,536");
		assertThat(fixture.rejects.get(0).value()).hasSize(201);
	}

	@Test
	void aLineLongerThanTheLineLimitIsSkippedNotHeld() {
		var limits = new IntakeLimits(100, 65_536, 1_000);
		List<ReportingEntity> entities = groups("entity_type,entity_id,name,reports_pi\n"
				+ "GROUP,100000001," + "y,".repeat(2_000) + "Y\n"
				+ "GROUP,100000002,Beta,Y\n", limits);
		assertThat(entities).extracting(ReportingEntity::id).containsExactly("100000002");
		assertThat(fixture.rejectSummary()).containsExactly("2::MALFORMED_RECORD");
		assertThat(fixture.rejects.get(0).message()).contains("longer than the 1000-character limit");
		assertThat(fixture.rejects.get(0).value()).hasSize(201);
	}

	@Test
	void lfCrlfAndCrLineEndsMayBeMixed() {
		List<ReportingEntity> entities = groups("entity_type,entity_id,name,reports_pi\r\n"
				+ "GROUP,100000001,A,Y\n"
				+ "GROUP,100000002,B,Y\r"
				+ "GROUP,100000003,\"C\r\nD\",Y\r\n"
				+ "GROUP,1,E,Y\n", IntakeLimits.DEFAULTS);
		assertThat(entities).extracting(ReportingEntity::name).containsExactly("A", "B", "C\nD");
		assertThat(fixture.rejectSummary()).containsExactly("6:entity_id:INVALID_TIN");
	}

	@Test
	void nulBytesAreJustCharacters() {
		List<ReportingEntity> entities = groups("entity_type,entity_id,name,reports_pi\n"
				+ "GROUP,100000001,A\0B,Y\n"
				+ "GROUP,1000\00001,C,Y\n", IntakeLimits.DEFAULTS);
		assertThat(entities).extracting(ReportingEntity::name).containsExactly("A\0B");
		assertThat(fixture.rejectSummary()).containsExactly("3:entity_id:INVALID_TIN");
	}
}
