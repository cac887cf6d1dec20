package org.pireadiness.rules;

import java.util.Collection;
import java.util.Map;

/**
 * The checks a setting's value passes when its record is bound, each failure naming the setting as it is written
 * in {@code performance-years.yml} or on the command line (the start-up failure puts the record's place in front:
 * {@code pi-readiness.rules.performance-years.2025: min-pi-period-days must be at least 1 (it is 0)}). Checked in the
 * records' constructors rather than by Bean Validation, whose start cost about 0.15 s of a 2.3 s sample run (issue
 * 29, five pairs).
 */
public final class Required {

	private Required() {
	}

	public static void notEmpty(String setting, Collection<?> value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(setting + " must list at least one value");
		}
	}

	public static void notEmpty(String setting, Map<?, ?> value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(setting + " must have at least one entry");
		}
	}

	public static void notEmpty(String setting, String value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(setting + " must not be empty");
		}
	}

	public static void present(String setting, Object value) {
		if (value == null) {
			throw new IllegalArgumentException(setting + " must be set");
		}
	}

	public static void atLeast(String setting, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(setting + " must be at least " + least + " (it is " + value + ")");
		}
	}

	public static void atLeast(String setting, double value, double least) {
		if (value < least) {
			throw new IllegalArgumentException(setting + " must be at least " + least + " (it is " + value + ")");
		}
	}
}
