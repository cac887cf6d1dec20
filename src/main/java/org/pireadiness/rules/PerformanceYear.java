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

	public boolean contains(LocalDate date) {
		return date.getYear() == year;
	}
}
