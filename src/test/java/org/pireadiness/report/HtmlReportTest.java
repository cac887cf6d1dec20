package org.pireadiness.report;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page prepared ahead of a run (an empty run's page, thrown away) renders for every year of the shipped table,
 * before and after its deadlines: a failure there is only logged at debug level, so it would cost the run its head
 * start unnoticed. The page is the run's own template, made on the year's rules (a provisional year says so).
 */
class HtmlReportTest {

	static Stream<Integer> shippedYears() {
		return ShippedRules.properties().performanceYears().keySet().stream().sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shippedYears")
	void theEmptyPageRendersForEveryShippedYear(int year) {
		for (LocalDate asOf : new LocalDate[] { LocalDate.of(year, 1, 2), LocalDate.of(year + 1, 6, 30) }) {
			var calendar = new ReadinessCalendar(ShippedRules.year(year), asOf);
			var page = new StringWriter();

			HtmlReport.prepare(calendar, page);

			assertThat(page.toString()).contains("<title>PI readiness " + year, asOf.toString())
				.endsWith("</html>\n");
			assertThat(page.toString().contains("id=\"provisional\""))
				.isEqualTo(ShippedRules.year(year).rules().provisional());
		}
	}
}
