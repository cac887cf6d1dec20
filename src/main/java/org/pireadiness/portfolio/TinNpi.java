package org.pireadiness.portfolio;

/**
 * A TIN/NPI packed exactly into one {@code long}: the TIN (nine digits, below 2^30) above the NPI (ten digits,
 * below 2^34). Ordering the keys orders by TIN, then NPI, and a national portfolio's million clinicians need
 * no key objects.
 */
public final class TinNpi {

	private static final int NPI_BITS = 34;

	private static final long NPI_MASK = (1L << NPI_BITS) - 1;

	private TinNpi() {
	}

	public static long key(String tin, String npi) {
		return Long.parseLong(tin) << NPI_BITS | Long.parseLong(npi);
	}

	public static String tin(long key) {
		return pad(key >>> NPI_BITS, 9);
	}

	public static String npi(long key) {
		return pad(key & NPI_MASK, 10);
	}

	private static String pad(long value, int digits) {
		String text = Long.toString(value);
		return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
	}
}
