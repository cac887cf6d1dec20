package org.pireadiness.report;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Cell values as reports write them. */
final class Cells {

	private Cells() {
	}

	/**
	 * A cell a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) gets a
	 * leading apostrophe, so it shows as text; a plain number ({@code -?[0-9]+(\.[0-9]+)?}, such as a negative
	 * {@code days_left}) is read as a number and is written as it is (contract §6).
	 */
	static String neutralised(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formula && !plainNumber(value) ? "'" + value : value;
	}

	/** {@code -?[0-9]+(\.[0-9]+)?}, without a regular expression: only cells that start like a formula get here. */
	static boolean plainNumber(String value) {
		int start = value.startsWith("-") ? 1 : 0;
		int dot = value.indexOf('.', start);
		return dot < 0 ? digits(value, start, value.length())
				: digits(value, start, dot) && digits(value, dot + 1, value.length());
	}

	private static boolean digits(String value, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** Sorted, distinct values joined by {@code ;}, as the code columns are written. */
	static String codes(Collection<?> values) {
		if (values.size() <= 1) {
			return values.isEmpty() ? "" : String.valueOf(values.iterator().next());
		}
		Set<String> sorted = new TreeSet<>();
		for (Object value : values) {
			sorted.add(String.valueOf(value));
		}
		return String.join(";", sorted);
	}
}
