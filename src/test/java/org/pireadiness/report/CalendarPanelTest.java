package org.pireadiness.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract §8.4: the calendar says the days left to a deadline ahead, and which have passed. */
class CalendarPanelTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "44|44 days left|false", "1|1 day left|false", "0|today|false",
			"-1|passed 1 day ago|true", "-135|passed 135 days ago|true", "1234|1,234 days left|false" })
	void daysLeftAsThePanelPrintsThem(long daysLeft, String printed, boolean passed) {
		var entry = new CalendarPanel.Entry("submission-closes", "submission window closes", "2026-03-31", daysLeft);
		assertThat(entry.days()).isEqualTo(printed);
		assertThat(entry.passed()).isEqualTo(passed);
	}
}
