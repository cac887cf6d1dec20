package org.pireadiness.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every usage error of contract §2 exits 2 with one line naming the option, file, column or setting; no stack trace.
 */
class UsageErrorsTest {

	@TempDir
	Path folder;

	private RunFixture fixture;

	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", "entity_type,entity_id,reports_pi\nGROUP,111111111,N\n");
		fixture.write("clinicians.csv", "tin,npi,reporting_level\n111111111,1234567893,GROUP\n");
		fixture.write("checklist_results.csv",
				"entity_type,entity_id,guide_version,practice_id,assessed_on\nGROUP,111111111,2025,1.1,2025-01-01\n");
	}

	private static void assertUsageError(RunFixture.Result result, String... named) {
		assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
		assertThat(result.err()).startsWith("pi-readiness: ");
		for (String name : named) {
			assertThat(result.err()).contains(name);
		}
		assertThat(result.err().strip().lines()).hasSize(1);
		assertThat(result.err() + result.out()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "--bogus|--bogus", "--input|--input", "--checklist-catalog=|--checklist-catalog",
			"--fail-on-risk=yes|--fail-on-risk", "stray|stray", "--mapping=m.yml|--mapping" })
	void badOptions(String option, String named) {
		assertUsageError(RunFixture.run("--input=" + fixture.input(), "--performance-year=2025",
				"--output=" + fixture.output(), option), named);
	}

	@Test
	void anOptionGivenTwice() {
		assertUsageError(RunFixture.run("--input=" + fixture.input(), "--performance-year=2025",
				"--performance-year=2024", "--output=" + fixture.output()), "--performance-year", "twice");
	}

	@Test
	void missingRequiredOptions() {
		assertUsageError(RunFixture.run("--performance-year=2025", "--output=" + fixture.output()), "--input");
		assertUsageError(RunFixture.run("--input=" + fixture.input(), "--output=" + fixture.output()),
				"--performance-year");
		assertUsageError(RunFixture.run("--input=" + fixture.input(), "--performance-year=2025"), "--output");
	}

	@Test
	void aYearThatIsNotAYear() {
		assertUsageError(RunFixture.run("--input=" + fixture.input(), "--performance-year=25",
				"--output=" + fixture.output()), "--performance-year=25");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2025-13-01", "2025-02-30", "17/11/2025", "2025-11-1", "today" })
	void anAsOfThatIsNotADate(String asOf) {
		assertUsageError(fixture.runJob(2025, "--as-of=" + asOf), "--as-of=" + asOf, "YYYY-MM-DD");
	}

	@Test
	void anUnsupportedYear() {
		assertUsageError(fixture.runJob(2021), "2021", "2022, 2023, 2024, 2025, 2026");
	}

	@Test
	void aYearAfterTheProvisionalOneIsAUsageError() {
		assertUsageError(fixture.runJob(2028), "2028", "2027 (provisional)");
	}

	@Test
	void aMissingInputFile() {
		assertUsageError(fixture.runJob(2025, "--clinicians=" + folder.resolve("nowhere.csv")), "clinicians.csv",
				"nowhere.csv");
	}

	@Test
	void aRequiredColumnMissingFromAHeader() {
		fixture.write("clinicians.csv", "tin,npi\n111111111,1234567893\n");
		assertUsageError(fixture.runJob(2025), "clinicians.csv", "reporting_level");
	}

	@Test
	void anUnreadableEncoding() {
		fixture.write("groups.csv", "\uFEFF");
		RunFixture.Result result = fixture.runJob(2025);
		assertUsageError(result, "groups.csv");
	}

	/**
	 * A bad setting, wherever it is given, is a usage error: running again cannot get past it. Out of range (the
	 * record's own check), of the wrong kind (said in the settings file's words), or a name no setting has, which would
	 * otherwise leave the shipped rule in force without a word. group-readable is read before the context exists.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"--pi-readiness.rules.performance-years.2025.min-pi-period-days=0"
					+ "|pi-readiness.rules.performance-years.2025: min-pi-period-days must be at least 1 (it is 0)",
			"--pi-readiness.rules.performance-years.2025.min-pi-period-dais=90"
					+ "|no such setting: pi-readiness.rules.performance-years.2025.min-pi-period-dais",
			"--pi-readiness.job.chunk-size=many|pi-readiness.job.chunk-size: \"many\" is not a whole number",
			"--pi-readiness.rules.performance-years.2025.deadlines.submission-closes=2026-13-01"
					+ "|pi-readiness.rules.performance-years.2025.deadlines.submission-closes: \"2026-13-01\" is not a date (YYYY-MM-DD)",
			"--pi-readiness.rules.guide-editions.2016.other-statuses=maybe"
					+ "|pi-readiness.rules.guide-editions.2016.other-statuses: \"maybe\" is not one of REJECTED, ANSWERED_WITH_WARNING",
			"--pi-readiness.job.group-readable=perhaps|pi-readiness.job.group-readable: \"perhaps\" is not true or false" })
	void aBadSetting(String setting, String line) {
		RunFixture.Result result = fixture.runJob(2025, setting);

		assertUsageError(result);
		assertThat(result.err().strip()).isEqualTo("pi-readiness: cannot start: " + line);
	}

	@Test
	void helpPrintsUsageAndExitsZero() {
		RunFixture.Result result = RunFixture.run("--help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("--performance-year=YYYY").contains("Exit codes");
	}

	@Test
	void aUsageErrorWritesNoReports() {
		fixture.runJob(2021);
		assertThat(fixture.output()).doesNotExist();
	}
}
