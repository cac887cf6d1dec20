package org.pireadiness.rules;

import java.time.LocalDate;

/** The performance year being judged, with its rules. */
public record PerformanceYear(int year, YearRules rules) {

	public LocalDate firstDay() {
		return LocalDate.of(year, 1, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(year, 12, 31);
	}

	/** The last day a continuous period of the year's minimum length can start inside the year (contract §8.1). */
	public LocalDate latestPeriodStart() {
		return lastDay().minusDays(rules.minPiPeriodDays() - 1L);
	}

	public boolean contains(LocalDate date) {
		return date.getYear() == year;
	}
}
