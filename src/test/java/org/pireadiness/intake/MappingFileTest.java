package org.pireadiness.intake;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code --mapping} file: what it maps, and each mistake in it reported with its line. */
class MappingFileTest {

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	private Path mapping(String yaml) {
		return fixture.file("mapping.yml", yaml);
	}

	@Test
	void foreignNamesAndValuesMatchLikeCanonicalOnes() {
		InputMapping mapping = MappingFile.read(mapping("""
				clinicians:
				  columns:
				    Taxpayer ID: tin
				    Clinician NPI: NPI
				    Reporting Option: reporting-level
				  values:
				    reporting_level:
				      Group: GROUP
				      APM Entity: APM_ENTITY
				"""));
		Path roster = fixture.file("roster.csv", """
				taxpayer_id,CLINICIAN-NPI, reporting option ,entity_id
				12-3456789,1234567893,group,
				123456789,1234567893,apm entity,A1
				123456789,1234567893,Team,
				""");
		var file = new CliniciansFile(roster, mapping.forFile(InputMapping.CLINICIANS), IntakeLimits.DEFAULTS,
				IntakeFixture.THREADS);
		assertThat(fixture.readAll(file)).extracting(ClinicianRow::reportingLevel)
			.containsExactly(EntityType.GROUP, EntityType.APM_ENTITY);
		// rejects name the column as the file spells it
		assertThat(fixture.rejectSummary()).containsExactly("4:reporting option:INVALID_VALUE");
		assertThat(fixture.rejects.get(0).value()).isEqualTo("Team");
	}

	@Test
	void theShippedExampleReadsWithoutError() {
		InputMapping mapping = MappingFile.read(Path.of("scripts/mappings/cms-eligibility-roster.yml"));
		assertThat(mapping.forFile(InputMapping.CLINICIANS).columns()).containsEntry("aciReweighting".toLowerCase(),
				"pi_reweighting");
		assertThat(mapping.forFile(InputMapping.CHECKLIST).values().get("status")).containsEntry("NONE",
				"Not implemented");
	}

	@Test
	void anUnknownInputFile() {
		assertThatThrownBy(() -> MappingFile.read(mapping("clinicians:\n  columns:\n    A: tin\nroster:\n  columns: {}\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("line 4")
			.hasMessageContaining("'roster' is not an input file");
	}

	@Test
	void anUnknownCanonicalColumn() {
		assertThatThrownBy(() -> MappingFile.read(mapping("groups:\n  columns:\n    Name: name\n    TIN: taxpayer\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("line 4")
			.hasMessageContaining("'taxpayer' is not a column of the groups file");
	}

	@Test
	void twoColumnsMappedOntoOne() {
		assertThatThrownBy(() -> MappingFile.read(mapping("clinicians:\n  columns:\n    TIN: tin\n    Taxpayer ID: tin\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("line 4")
			.hasMessageContaining("'TIN' and 'Taxpayer ID' both map onto tin");
	}

	@Test
	void valuesForAnUnknownColumn() {
		assertThatThrownBy(() -> MappingFile.read(mapping("checklist:\n  values:\n    state:\n      Done: Fully in all areas\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("line 3")
			.hasMessageContaining("'state' is not a column of the checklist file");
	}

	@Test
	void aSectionThatIsNotColumnsOrValues() {
		assertThatThrownBy(() -> MappingFile.read(mapping("checklist:\n  rename:\n    A: b\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("line 2")
			.hasMessageContaining("expected columns: or values:");
	}

	@Test
	void notValidYaml() {
		assertThatThrownBy(() -> MappingFile.read(mapping("clinicians:\n  columns:\n    TIN: [tin\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void aListWhereAMappingBelongs() {
		assertThatThrownBy(() -> MappingFile.read(mapping("clinicians:\n  columns:\n    - tin\n")))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("line 3")
			.hasMessageContaining("expected a mapping");
	}
}
