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

	public static <C extends Collection<?>> C notEmpty(String setting, C value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(setting + " must list at least one value");
		}
		return value;
	}

	public static <M extends Map<?, ?>> M notEmpty(String setting, M value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(setting + " must have at least one entry");
		}
		return value;
	}

	public static String notEmpty(String setting, String value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(setting + " must not be empty");
		}
		return value;
	}

	public static <T> T present(String setting, T value) {
		if (value == null) {
			throw new IllegalArgumentException(setting + " must be set");
		}
		return value;
	}

	public static int atLeast(String setting, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(setting + " must be at least " + least + " (it is " + value + ")");
		}
		return value;
	}

	public static double atLeast(String setting, double value, double least) {
		if (value < least) {
			throw new IllegalArgumentException(setting + " must be at least " + least + " (it is " + value + ")");
		}
		return value;
	}
}
