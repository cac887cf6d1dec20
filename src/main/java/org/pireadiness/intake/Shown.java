package org.pireadiness.intake;

/** How much of an offending value a reject shows: enough to find the cell, never a whole oversized one. */
public final class Shown {

	static final int MAX_CHARS = 200;

	private Shown() {
	}

	public static String value(String value) {
		return value.length() > MAX_CHARS ? value.substring(0, MAX_CHARS) + "…" : value;
	}
}
