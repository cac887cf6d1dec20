package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample portfolio rewritten in a roster layout with CMS eligibility field names, run with the shipped
 * {@code scripts/mappings/cms-eligibility-roster.yml}, gives exactly the reports of the canonical layout.
 */
class ForeignLayoutTest {

	private static final Path MAPPING = Path.of("scripts/mappings/cms-eligibility-roster.yml").toAbsolutePath();

	private static final Map<String, String> LEVELS = Map.of("GROUP", "Group", "INDIVIDUAL", "Individual",
			"VIRTUAL_GROUP", "Virtual Group", "APM_ENTITY", "APM Entity", "SUBGROUP", "Subgroup");

	@TempDir
	Path folder;

	@Test
	void aForeignLayoutWithTheMappingGivesTheCanonicalReports() throws IOException {
		var canonical = new RunFixture(Files.createDirectories(folder.resolve("canonical")));
		var foreign = new RunFixture(Files.createDirectories(folder.resolve("foreign")));
		for (String file : List.of("groups.csv", "clinicians.csv", "checklist_results.csv")) {
			canonical.write(file, Files.readString(Path.of("sample-data", file)));
		}
		foreign.write("groups.csv", groups(Files.readString(Path.of("sample-data/groups.csv"))));
		foreign.write("clinicians.csv", clinicians(Files.readString(Path.of("sample-data/clinicians.csv"))));
		foreign.write("checklist_results.csv", checklist(Files.readString(Path.of("sample-data/checklist_results.csv"))));

		assertThat(canonical.runJob(2025).exitCode()).isZero();
		RunFixture.Result result = foreign.runJob(2025, "--mapping=" + MAPPING);
		assertThat(result.exitCode()).as(result.err()).isZero();

		for (String report : List.of("at-risk-clinicians.csv", "at-risk-entities.csv", "clinician-status.csv")) {
			assertThat(foreign.output().resolve(report)).as(report)
				.hasSameBinaryContentAs(canonical.output().resolve(report));
		}
		assertThat(foreign.columns("rejected-rows.csv", "file", "line", "reason_code"))
			.isEqualTo(canonical.columns("rejected-rows.csv", "file", "line", "reason_code"));
		assertThat(foreign.columns("rejected-rows.csv", "column")).contains("Reporting Option", "Clinician NPI",
				"Taxpayer ID", "Submits PI", "Implementation", "SAFER Edition", "Assessed On")
			.doesNotContain("reporting_level", "npi", "tin", "reports_pi", "status");
	}

	@Test
	void aMistakeInTheMappingIsAUsageErrorNamingTheLine() throws IOException {
		var fixture = new RunFixture(folder);
		for (String file : List.of("groups.csv", "clinicians.csv", "checklist_results.csv")) {
			fixture.write(file, Files.readString(Path.of("sample-data", file)));
		}
		Path mapping = Files.writeString(folder.resolve("bad.yml"), "clinicians:\n  columns:\n    TIN: tin\n    Taxpayer: tin\n");
		RunFixture.Result result = fixture.runJob(2025, "--mapping=" + mapping);
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().strip()).isEqualTo("pi-readiness: mapping " + mapping
				+ ", line 4: clinicians: 'TIN' and 'Taxpayer' both map onto tin");
	}

	private static String header(String csv, String foreignHeader) {
		return foreignHeader + csv.substring(csv.indexOf('\n'));
	}

	private static String groups(String csv) {
		String body = header(csv, "Entity Type,Entity ID,Practice Name,Parent TIN,Submits PI,CEHRT ID,PI Period Start,"
				+ "PI Period End,PI_PPHI_1,PI_PPHI_2,PI_INFBLO_1,PI_ONCDIR_1,aciReweighting,Reweighting Reason");
		for (var level : LEVELS.entrySet()) {
			body = body.replace("\n" + level.getKey() + ",", "\n" + level.getValue() + ",");
		}
		return body;
	}

	private static String clinicians(String csv) {
		String body = header(csv, "Taxpayer ID,Clinician NPI,Last Name,First Name,Specialty,isEligible,Reporting Option,"
				+ "Reporting Entity ID,Reports PI Individually,CEHRT ID,PI Period Start,PI Period End,PI_PPHI_1,"
				+ "PI_PPHI_2,PI_INFBLO_1,PI_ONCDIR_1,aciReweighting,Reweighting Reason");
		for (var level : LEVELS.entrySet()) {
			body = body.replace("," + level.getKey() + ",", "," + level.getValue() + ",");
		}
		return body;
	}

	private static String checklist(String csv) {
		String body = header(csv, "Entity Type,Entity ID,Clinician NPI,SAFER Edition,Practice,Implementation,Assessed On,"
				+ "Assessor,Notes");
		for (var level : LEVELS.entrySet()) {
			body = body.replace("\n" + level.getKey() + ",", "\n" + level.getValue() + ",");
		}
		return body.replace(",Fully in all areas,", ",Fully,").replace(",Partially in some areas,", ",Partially,")
			.replace(",Not implemented,", ",None,");
	}
}
