package org.pireadiness.job;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract v3 §3.3 through the whole job, worked out by hand: from 2026 only the 2025 edition counts, and its rating
 * labels are not confirmed, so a 2025-edition status outside the configured answers counts as answered with
 * CHECKLIST_STATUS_UNRECOGNISED, an empty one stays unanswered, and a 2016-edition row keeps its three statuses.
 */
class ChecklistEditionsJobTest {

	@TempDir
	Path folder;

	private RunFixture fixture;

	/** Three 2026 groups with clean export data and this year's CEHRT ID form. */
	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review
				GROUP,111111111,Alpha,Y,2026C1234567890,2026-01-01,2026-12-31,Y,Y,Y,Y
				GROUP,222222222,Beta,Y,2026C1234567890,2026-01-01,2026-12-31,Y,Y,Y,Y
				GROUP,333333333,Gamma,Y,2026C1234567890,2026-01-01,2026-12-31,Y,Y,Y,Y
				""");
		fixture.write("clinicians.csv", """
				tin,npi,reporting_level
				111111111,%s,GROUP
				222222222,%s,GROUP
				333333333,%s,GROUP
				""".formatted(Npis.nth(1), Npis.nth(2), Npis.nth(3)));
		// the 2025 edition's practices here: 1.1 and 1.2 (those that appear for it in the file)
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2025,1.1,Mostly implemented in most areas,2026-03-01
				GROUP,111111111,,2025,1.2,4,2026-03-01
				GROUP,222222222,,2025,1.1,Fully in all areas,2026-03-01
				GROUP,222222222,,2025,1.2,,2026-03-01
				GROUP,333333333,,2025,1.1,Fully in all areas,2026-03-01
				GROUP,333333333,,2025,1.2,Not implemented,2026-03-01
				GROUP,333333333,,2016,1.1,Done,2026-03-01
				""");
	}

	@Test
	void unfamiliarLabelsOfThe2025EditionCountWithAWarning() {
		RunFixture.Result result = fixture.runJob(2026);
		assertThat(result.exitCode()).as(result.err()).isZero();
		// Alpha: both labels unfamiliar, counted: READY, warned; Beta: 1.2 empty is unanswered; Gamma: configured
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "reason_codes", "warnings"))
			.containsExactly("111111111|READY||CHECKLIST_STATUS_UNRECOGNISED",
					"222222222|AT_RISK|SAFER_CHECKLIST_INCOMPLETE|", "333333333|READY||");
		// as every warning, on the clinicians who take their PI from the entity
		assertThat(fixture.columns("clinician-status.csv", "tin", "status", "warnings"))
			.contains("111111111|READY|CHECKLIST_STATUS_UNRECOGNISED");
		// the 2016 row with another status is rejected, its message naming the setting that adds one
		assertThat(fixture.columns("rejected-rows.csv", "line", "column", "value", "reason_code"))
			.containsExactly("8|status|Done|INVALID_VALUE");
		assertThat(fixture.columns("rejected-rows.csv", "message")).singleElement().asString()
			.contains("pi-readiness.rules.guide-editions.2016.answered-statuses");
		// the log names the statuses, with their rows, so a "TBD" can be corrected or the labels set
		assertThat(result.out()).contains("{4=1, Mostly implemented in most areas=1}");
	}

	@Test
	void configuredLabelsAreNoLongerWarnedAndTheMappingTranslatesFirst() {
		fixture.write("mapping.yml", """
				checklist:
				  values:
				    status:
				      Done: Fully in all areas
				""");
		RunFixture.Result result = fixture.runJob(2026, "--mapping=" + fixture.input().resolve("mapping.yml"),
				"--pi-readiness.rules.guide-editions.2025.answered-statuses=Mostly implemented in most areas,4,"
						+ "Fully in all areas,Not implemented");
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "warnings")).contains("111111111|");
		// Done is translated before the edition's statuses are checked: no reject
		assertThat(fixture.columns("rejected-rows.csv", "line")).isEmpty();
	}
}
