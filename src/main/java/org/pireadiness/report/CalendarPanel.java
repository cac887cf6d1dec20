package org.pireadiness.report;

import java.util.List;

import org.pireadiness.rules.ReadinessCalendar;

/**
 * The calendar at the top of {@code report.html} (contract §8.4): the as-of date and, for each of the year's
 * deadlines, the days left to it or that it has passed.
 */
record CalendarPanel(String asOf, List<Entry> entries) {

	/** @param daysLeft days from the as-of date to the deadline, negative once it has passed */
	record Entry(String name, String bounds, String date, long daysLeft) {

		public boolean passed() {
			return daysLeft < 0;
		}

		/** As the panel prints it: "44 days left", "1 day left", "today", "passed 135 days ago". */
		public String days() {
			if (daysLeft == 0) {
				return "today";
			}
			long days = Math.abs(daysLeft);
			String count = String.format("%,d %s", days, days == 1 ? "day" : "days");
			return passed() ? "passed " + count + " ago" : count + " left";
		}
	}

	static CalendarPanel of(ReadinessCalendar calendar) {
		return new CalendarPanel(calendar.asOf().toString(), calendar.dates().stream()
			.map(dated -> new Entry(dated.name(), dated.bounds(), dated.date().toString(),
					calendar.daysLeft(dated.date())))
			.toList());
	}
}
