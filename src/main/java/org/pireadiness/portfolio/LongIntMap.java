package org.pireadiness.portfolio;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code int} with open addressing, for keys by the million: two arrays, no objects
 * per entry. Keys may be any {@code long} except -1, which no {@link TinNpi} key can be (its NPI part would be
 * 2^34 - 1, more than ten digits). A map told how many keys to expect (where the count is known, as when a book
 * is sealed) is made that size at once; otherwise it doubles as it fills. Against {@code HashMap<Long, Integer>}
 * it measured 7% of a national run (issue 19).
 */
public final class LongIntMap {

	private static final long EMPTY = -1L;

	/** At most this share of the slots is used before the map grows. */
	private static final double LOAD = 0.7;

	private long[] keys;

	private int[] values;

	private int size;

	public LongIntMap() {
		this(700);
	}

	public LongIntMap(int expectedKeys) {
		allocate((int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, (long) (expectedKeys / LOAD) + 1)));
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		Arrays.fill(keys, EMPTY);
		values = new int[capacity];
	}

	/** The value for the key, or -1. */
	public int get(long key) {
		for (int slot = slot(key);; slot = next(slot)) {
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
		int slot = slot(key);
		while (keys[slot] != EMPTY && keys[slot] != key) {
			slot = next(slot);
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
		if (size >= keys.length * LOAD) {
			grow();
		}
		int slot = slot(key);
		while (keys[slot] != EMPTY) {
			if (keys[slot] == key) {
				return values[slot];
			}
			slot = next(slot);
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
		allocate((int) Math.min(Integer.MAX_VALUE - 8, oldKeys.length * 2L));
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(oldKeys[i]);
				while (keys[slot] != EMPTY) {
					slot = next(slot);
				}
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}

	/** The key's home slot: its mixed bits scaled onto the capacity, which need not be a power of two. */
	private int slot(long key) {
		long mixed = (key * 0x9E3779B97F4A7C15L) >>> 32;
		return (int) ((mixed * keys.length) >>> 32);
	}

	private int next(int slot) {
		return slot + 1 == keys.length ? 0 : slot + 1;
	}
}
