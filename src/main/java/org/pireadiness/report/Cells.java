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
	 * leading apostrophe, so it shows as text.
	 */
	static String neutralised(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
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
