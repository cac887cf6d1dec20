package org.pireadiness.report;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.ShippedRules;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The page prepared ahead of a run (an empty run's page, thrown away) renders for every shipped year, before and
 * after its deadlines: a failure there is only logged at debug level, so it would cost the run its head start
 * unnoticed.
 */
class HtmlReportTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2022, 2023, 2024, 2025, 2026 })
	void theEmptyPageRendersForEveryYear(int year) {
		for (LocalDate asOf : new LocalDate[] { LocalDate.of(year, 1, 2), LocalDate.of(year + 1, 6, 30) }) {
			var calendar = new ReadinessCalendar(ShippedRules.year(year), asOf);
			assertThatNoException().isThrownBy(() -> HtmlReport.prepare(calendar));
		}
	}
}
