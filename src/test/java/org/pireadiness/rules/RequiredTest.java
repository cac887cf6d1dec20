package org.pireadiness.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.RunFixture;
import org.pireadiness.cli.ExitCode;
import org.pireadiness.job.JobProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A rule or job setting out of its range, of the wrong kind or misspelt stops the start, a usage error, with one line
 * naming the setting and its value.
 */
class RequiredTest {

	@TempDir
	Path folder;

	@Test
	void eachCheckNamesItsSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GuideEdition(List.of(), GuideEdition.OtherStatuses.REJECTED))
			.withMessage("answered-statuses must list at least one value");
		assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(LocalDate.of(2025, 12, 31), null, null))
			.withMessage("submission-closes must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> new CehrtIdForm("XX15C", "", "[A-Z]{10}", 2025))
			.withMessage("prefix must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> new CehrtIdForm("XX15C", "0015C", "[A-Z]{10}", 2014))
			.withMessage("last-year must be at least 2015 (it is 2014)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PointsTable.MeasurePoints("PI_EP_1", -0.5, Confidence.HIGH))
			.withMessage("points must be at least 0.0 (it is -0.5)");
		assertThatIllegalArgumentException().isThrownBy(() -> new JobProperties(0, 100, 65536, 1048576, 90, false, 70))
			.withMessage("chunk-size must be at least 1 (it is 0)");
		assertThatIllegalArgumentException().isThrownBy(() -> new JobProperties(1, 100, 65536, 1048576, 90, false, -1))
			.withMessage("low-score-threshold must be at least 0 (it is -1)");
	}

	@Test
	void theShippedTablePassesEveryCheck() {
		assertThat(ShippedRules.properties().performanceYears()).containsKeys(2022, 2023, 2024, 2025, 2026);
	}

	@Test
	void aBadOverrideIsAUsageErrorWithOneLineNamingTheSettingsPlace() {
		RunFixture.Result result = runWith("--pi-readiness.rules.performance-years.2025.min-pi-period-days=0");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
		assertThat(result.err().strip()).isEqualTo("pi-readiness: cannot start: pi-readiness.rules.performance-years.2025: "
				+ "min-pi-period-days must be at least 1 (it is 0)");
		assertThat(result.err() + result.out()).doesNotContain("\tat ");
	}

	@Test
	void aMisspeltOverrideIsNotIgnored() {
		// "days" misspelt: without the check the shipped 180 days would apply, and the user would not know
		RunFixture.Result result = runWith("--pi-readiness.rules.performance-years.2025.min-pi-period-dais=90");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
		assertThat(result.err().strip()).isEqualTo(
				"pi-readiness: cannot start: no such setting: pi-readiness.rules.performance-years.2025.min-pi-period-dais");
	}

	@Test
	void aValueOfTheWrongKindIsNamedWithItsSetting() {
		RunFixture.Result result = runWith("--pi-readiness.job.chunk-size=many");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
		assertThat(result.err().strip())
			.isEqualTo("pi-readiness: cannot start: pi-readiness.job.chunk-size: \"many\" is not a valid int");
		assertThat(result.err() + result.out()).doesNotContain("\tat ");
	}

	private RunFixture.Result runWith(String setting) {
		var fixture = new RunFixture(folder);
		fixture.write("groups.csv", "entity_type,entity_id,reports_pi\nGROUP,111111111,N\n");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n111111111,1234567893,GROUP\n");
		fixture.write("checklist_results.csv",
				"entity_type,entity_id,guide_version,practice_id,assessed_on\nGROUP,111111111,2025,1.1,2025-01-01\n");
		return fixture.runJob(2025, setting);
	}
}
