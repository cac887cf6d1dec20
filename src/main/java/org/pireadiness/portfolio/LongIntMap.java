package org.pireadiness.portfolio;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code int} with open addressing, for keys by the million: two arrays, no objects
 * per entry. Keys may be any {@code long} except -1, which no {@link TinNpi} key can be (its NPI part would be
 * 2^34 - 1, more than ten digits).
 */
public final class LongIntMap {

	private static final long EMPTY = -1L;

	private long[] keys;

	private int[] values;

	private int size;

	public LongIntMap() {
		keys = new long[1 << 10];
		Arrays.fill(keys, EMPTY);
		values = new int[keys.length];
	}

	/** The value for the key, or -1. */
	public int get(long key) {
		for (int slot = slot(key, keys.length);; slot = (slot + 1) & (keys.length - 1)) {
			if (keys[slot] == key) {
				return values[slot];
			}
			if (keys[slot] == EMPTY) {
				return -1;
			}
		}
	}

	/** Stores the value for the key, replacing any. */
	public void put(long key, int value) {
		int slot = slot(key, keys.length);
		while (keys[slot] != EMPTY && keys[slot] != key) {
			slot = (slot + 1) & (keys.length - 1);
		}
		if (keys[slot] == key) {
			values[slot] = value;
		}
		else {
			putIfAbsent(key, value);
		}
	}

	/** Stores the value unless the key is there; returns the value the key had, or -1. */
	public int putIfAbsent(long key, int value) {
		if (size * 3 >= keys.length * 2) {
			grow();
		}
		int slot = slot(key, keys.length);
		while (keys[slot] != EMPTY) {
			if (keys[slot] == key) {
				return values[slot];
			}
			slot = (slot + 1) & (keys.length - 1);
		}
		keys[slot] = key;
		values[slot] = value;
		size++;
		return -1;
	}

	public int size() {
		return size;
	}

	/** The keys in ascending unsigned order (a TIN of 536870912 or more sets a key's sign bit). */
	public long[] sortedKeys() {
		long[] sorted = new long[size];
		int n = 0;
		for (long key : keys) {
			if (key != EMPTY) {
				sorted[n++] = key ^ Long.MIN_VALUE;
			}
		}
		Arrays.sort(sorted);
		for (int i = 0; i < n; i++) {
			sorted[i] ^= Long.MIN_VALUE;
		}
		return sorted;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		Arrays.fill(keys, EMPTY);
		values = new int[keys.length];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(oldKeys[i], keys.length);
				while (keys[slot] != EMPTY) {
					slot = (slot + 1) & (keys.length - 1);
				}
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}

	private static int slot(long key, int length) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & (length - 1);
	}
}
