package org.pireadiness.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import it.unimi.dsi.fastutil.longs.Long2IntMaps;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrays;

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

	/** The key of a TIN and an NPI already checked to be nine and ten digits. */
	public static long key(String tin, String npi) {
		return digits(tin) << NPI_BITS | digits(npi);
	}

	/** The key of a TIN alone, already checked to be nine digits: its number. */
	public static long tinKey(String tin) {
		return digits(tin);
	}

	private static long digits(String text) {
		long value = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new NumberFormatException("not digits: " + text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * A map from keys to an index or a count, for keys by the million: fastutil's, with no object per entry, and -1
	 * for a key it does not have (no key is -1: its NPI part would be 2^34 - 1, more than ten digits).
	 */
	public static Long2IntOpenHashMap map(int expectedKeys) {
		var map = new Long2IntOpenHashMap(Math.max(16, expectedKeys));
		map.defaultReturnValue(-1);
		return map;
	}

	/** A map's keys sorted by TIN then NPI, each with its value at the same index. */
	public record Ordered(long[] keys, int[] values) {
	}

	/**
	 * The map's keys sorted by TIN then NPI, with their values: a walk in key order then needs no lookup of each key
	 * (for a national run's 1.3 million TIN/NPIs, most lookups are a cache miss). Sorted unsigned, as a TIN from
	 * 536870912 up sets a key's sign bit.
	 */
	public static Ordered inKeyOrder(Long2IntOpenHashMap map) {
		int size = map.size();
		// the keys with their sign bit flipped: a signed sort of those is the unsigned order of the keys
		long[] flipped = new long[size];
		int[] values = new int[size];
		int at = 0;
		for (var entry : Long2IntMaps.fastIterable(map)) {
			flipped[at] = entry.getLongKey() ^ Long.MIN_VALUE;
			values[at++] = entry.getIntValue();
		}
		int[] order = new int[size];
		Arrays.setAll(order, i -> i);
		LongArrays.radixSortIndirect(order, flipped, false);
		long[] keys = new long[size];
		int[] ordered = new int[size];
		for (int i = 0; i < size; i++) {
			keys[i] = flipped[order[i]] ^ Long.MIN_VALUE;
			ordered[i] = values[order[i]];
		}
		return new Ordered(keys, ordered);
	}

	/** The TIN of a key as a number: equal for every NPI of the TIN. */
	public static long tinPart(long key) {
		return key >>> NPI_BITS;
	}

	public static String tin(long key) {
		return pad(key >>> NPI_BITS, 9);
	}

	public static String npi(long key) {
		return pad(key & NPI_MASK, 10);
	}

	/** The value in at least {@code digits} decimal digits, zeros in front: without the intermediate strings of padding a number's text. */
	private static String pad(long value, int digits) {
		int needed = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			needed++;
		}
		int length = Math.max(digits, needed);
		byte[] text = new byte[length];
		for (int i = length - 1; i >= 0; i--) {
			text[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		return new String(text, StandardCharsets.US_ASCII);
	}
}
