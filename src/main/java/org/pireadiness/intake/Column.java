package org.pireadiness.intake;

import java.util.Locale;

/** A column of an input file, by its canonical name. */
interface Column {

	String name();

	/** Every column is an enum constant: a header layout finds positions by type and ordinal. */
	int ordinal();

	Class<?> getDeclaringClass();

	default String canonicalName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the header must name this column (a value may still be needed on some rows only). */
	boolean requiredInHeader();

	/** Header names match case-insensitively, trimmed, with '-', ' ' and '_' alike. */
	static String normalise(String headerName) {
		return headerName.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
	}
}
