package org.pireadiness.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.ChecklistAnswer;
import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.ReportingEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The value rules of contract §3.1-§3.3, each reject code with the line and column it names. */
class InputFileRulesTest {

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	@Test
	void groupsFileValuesAndRejects() {
		String content = """
				entity_type,entity_id,name,affiliated_tin,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting,reweighting_reason
				GROUP,12-3456789,Alpha,,yes,0015C1234567890,1/1/2025,2025-12-31,Y,n,TRUE,,,
				SUBGROUP,SG-00000001,Sub,123456789,N,,,,,,,,,
				APM_ENTITY,ACO_7-a,ACO,,N,,,,,,,,Y,Hardship
				SUBGROUP,SG-00000002,No group,,N,,,,,,,,,
				SUBGROUP,SG-123,Short id,123456789,N,,,,,,,,,
				VIRTUAL_GROUP,VG 1,Space,,N,,,,,,,,,
				INDIVIDUAL,123456789,Not a group,,N,,,,,,,,,
				GROUP,123456789,Again,,N,,,,,,,,,
				GROUP,111111111,,,,,,,,,,,,
				GROUP,222222222,Bad date,,Y,,2025-06-31,,,,,,,
				GROUP,333333333,Bad attestation,,Y,,,,maybe,,,,,
				GROUP,444444444,Bad reweighting,,N,,,,,,,,sometimes,
				""";
		var file = new GroupsFile(fixture.file("groups.csv", content),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
		List<ReportingEntity> entities = fixture.readAll(file);

		ReportingEntity alpha = entities.get(0);
		assertThat(alpha.ref()).isEqualTo(EntityRef.group("123456789"));
		assertThat(alpha.reportsPi()).isTrue();
		assertThat(alpha.submission().periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(alpha.submission().securityRiskAnalysis()).isEqualTo(Attestation.YES);
		assertThat(alpha.submission().safer()).isEqualTo(Attestation.NO);
		assertThat(alpha.submission().infoBlocking()).isEqualTo(Attestation.YES);
		assertThat(alpha.submission().oncDirectReview()).isEqualTo(Attestation.NOT_ATTESTED);
		assertThat(alpha.reweighting().reweighted()).isFalse();
		assertThat(entities.get(1).affiliatedTin()).isEqualTo("123456789");
		assertThat(entities.get(2).reweighting().reason()).isEqualTo("Hardship");
		assertThat(entities).hasSize(3);

		assertThat(fixture.rejectSummary()).containsExactly("5:affiliated_tin:MISSING_VALUE",
				"6:entity_id:INVALID_VALUE", "7:entity_id:INVALID_VALUE", "8:entity_type:INVALID_VALUE",
				"9:entity_id:DUPLICATE_ROW", "10:reports_pi:MISSING_VALUE", "11:pi_period_start:INVALID_DATE",
				"12:sra:INVALID_VALUE", "13:pi_reweighting:INVALID_VALUE");
		assertThat(fixture.rejects.get(4).message()).contains("line 2");
		assertThat(file.tally().rowsRead()).isEqualTo(12);
		assertThat(file.tally().rowsAccepted() + file.tally().rowsRejected()).isEqualTo(12);
	}

	@Test
	void cliniciansFileValuesDuplicatesAndRejects() {
		String content = """
				TIN,NPI,Last Name,First Name,MIPS Eligible,Reporting Level,Entity ID,Reports PI,CEHRT ID,SRA
				123456789,1234567893,Doe,Jane,,group,,Y,0015C1234567890,Y
				123456789,1234567893,Doe,Jane,N,INDIVIDUAL,,Y,0015C1234567890,Y
				123456789,1234567893,Doe,Jane,,APM_ENTITY,A1,,,
				123456789,1234567893,Doe,Jane,,SUBGROUP,SG-00000001,,,
				123456789,1234567893,Doe,Jane,,group,999999999,,,
				12345678,1234567893,Short,Tin,,GROUP,,,,
				123456789,1234567890,Bad,Check,,GROUP,,,,
				123456789,,No,Npi,,GROUP,,,,
				123456789,1234567893,No,Level,,,,,,
				123456789,1234567893,No,Entity,,VIRTUAL_GROUP,,,,
				123456789,1234567893,Bad,Subgroup,,SUBGROUP,SG-1,,,
				123456789,1234567893,Bad,Eligible,perhaps,APM_ENTITY,A2,,,
				""";
		var file = new CliniciansFile(fixture.file("clinicians.csv", content),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
		List<ClinicianRow> rows = fixture.readAll(file);

		assertThat(rows).extracting(ClinicianRow::pathLabel)
			.containsExactly("GROUP:123456789", "INDIVIDUAL:123456789", "APM_ENTITY:A1", "SUBGROUP:SG-00000001");
		ClinicianRow group = rows.get(0);
		assertThat(group.mipsEligible()).isTrue();
		// the PI columns count only on INDIVIDUAL rows
		assertThat(group.reportsPi()).isFalse();
		assertThat(group.submission().cehrtId()).isEmpty();
		ClinicianRow individual = rows.get(1);
		assertThat(individual.mipsEligible()).isFalse();
		assertThat(individual.reportsPi()).isTrue();
		assertThat(individual.path()).isEqualTo(EntityRef.individual("123456789", "1234567893"));
		assertThat(individual.submission().securityRiskAnalysis()).isEqualTo(Attestation.YES);

		assertThat(fixture.rejectSummary()).containsExactly("6:Reporting Level:DUPLICATE_ROW", "7:TIN:INVALID_TIN",
				"8:NPI:INVALID_NPI", "9:NPI:MISSING_VALUE", "10:Reporting Level:MISSING_VALUE",
				"11:Entity ID:MISSING_VALUE", "12:Entity ID:INVALID_VALUE", "13:MIPS Eligible:INVALID_VALUE");
		assertThat(fixture.rejects.get(0).message()).contains("GROUP:123456789").contains("line 2");
	}

	@Test
	void checklistFileValuesAndRejects() {
		String content = """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on,assessed_by,notes
				GROUP,123456789,,2025,1.1,fully IN all areas,2025-03-01,IT,
				INDIVIDUAL,12-3456789,1234567893,2016,2.4,,3/1/2025,,
				APM_ENTITY,A1,,2025,1.2,Not implemented,2025-03-01,,
				INDIVIDUAL,123456789,,2025,1.1,Not implemented,2025-03-01,,
				GROUP,123456789,,2020,1.1,Not implemented,2025-03-01,,
				GROUP,123456789,,2025,,Not implemented,2025-03-01,,
				GROUP,123456789,,2016,1.1,Done,2025-03-01,,
				GROUP,123456789,,2025,1.1,Mostly implemented in most areas,2025-03-01,,
				GROUP,123456789,,2025,1.1,Not implemented,,,
				GROUP,123456789,,2025,1.1,Not implemented,March 2025,,
				""";
		// v3 §3.3: the 2016 edition rejects another status; the 2025 edition counts it as an answer, unrecognised
		Set<String> three = Set.of("Fully in all areas", "Partially in some areas", "Not implemented");
		var vocabulary = new ChecklistVocabulary(Map.of("2016", new ChecklistVocabulary.Edition(three, false),
				"2025", new ChecklistVocabulary.Edition(three, true)));
		var file = new ChecklistFile(fixture.file("checklist_results.csv", content), vocabulary, FileMapping.NONE,
				IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
		List<ChecklistAnswer> answers = fixture.readAll(file);

		assertThat(answers).containsExactly(
				new ChecklistAnswer(EntityRef.group("123456789"), "2025", "1.1", true, LocalDate.of(2025, 3, 1)),
				new ChecklistAnswer(EntityRef.individual("123456789", "1234567893"), "2016", "2.4", false,
						LocalDate.of(2025, 3, 1)),
				new ChecklistAnswer(EntityRef.of(EntityType.APM_ENTITY, "A1"), "2025", "1.2", true,
						LocalDate.of(2025, 3, 1)),
				new ChecklistAnswer(EntityRef.group("123456789"), "2025", "1.1", true, LocalDate.of(2025, 3, 1),
						"Mostly implemented in most areas"));
		assertThat(fixture.rejectSummary()).containsExactly("5:npi:MISSING_VALUE", "6:guide_version:INVALID_VALUE",
				"7:practice_id:MISSING_VALUE", "8:status:INVALID_VALUE", "10:assessed_on:MISSING_VALUE",
				"11:assessed_on:INVALID_DATE");
		// the message names the statuses the edition takes and the setting that adds one
		assertThat(fixture.rejects.get(3).message()).isEqualTo("status must be empty or one of FULLY IN ALL AREAS, "
				+ "NOT IMPLEMENTED, PARTIALLY IN SOME AREAS (any case) for the 2016 edition; to add one, set "
				+ "pi-readiness.rules.guide-editions.2016.answered-statuses");
	}
}
