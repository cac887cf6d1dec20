package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pireadiness.job.JobProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A rule or job setting out of its range is refused with a text naming the setting and its value (a whole run with a
 * bad setting: {@code UsageErrorsTest}).
 */
class RequiredTest {

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
}
