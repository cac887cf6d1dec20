package org.pireadiness.report;

import java.util.List;

import org.pireadiness.rules.ReadinessCalendar;

/**
 * The calendar at the top of {@code report.html} (contract §8.4): the as-of date and, for each of the year's
 * deadlines, the days left to it or that it has passed.
 */
record CalendarPanel(String asOf, List<Entry> entries) {

	/** @param daysLeft days from the as-of date to the deadline, negative once it has passed */
	record Entry(String name, String bounds, String date, long daysLeft, boolean passed) {
	}

	static CalendarPanel of(ReadinessCalendar calendar) {
		return new CalendarPanel(calendar.asOf().toString(), calendar.dates().stream()
			.map(dated -> new Entry(dated.name(), dated.bounds(), dated.date().toString(),
					calendar.daysLeft(dated.date()), calendar.passed(dated.date())))
			.toList());
	}
}
