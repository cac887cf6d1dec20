package org.pireadiness.intake;

import java.util.Arrays;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.LongIntMap;

/**
 * The clinician paths seen so far, to reject a second row for the same TIN/NPI and path, with the line of the
 * first. Keyed exactly by TIN/NPI; the few paths of one TIN/NPI are told apart by a 64-bit hash of
 * {@code LEVEL:ENTITY_ID}. A national file's 1.5 million rows take a few dozen megabytes.
 */
final class PathRegister {

	private final LongIntMap firstEntry;

	private long[] pathHashes;

	private int[] lines;

	private int[] next;

	private int size;

	/** @param expectedRows how many rows to make room for at once; more only take longer */
	PathRegister(int expectedRows) {
		int room = Math.max(16, expectedRows);
		firstEntry = new LongIntMap(room);
		pathHashes = new long[room];
		lines = new int[room];
		next = new int[room];
	}

	/** Records the path; returns the line of an earlier row with the same TIN/NPI and path, or -1. */
	int register(long tinNpi, EntityRef path, int line) {
		long hash = hash(path);
		int head = firstEntry.get(tinNpi);
		for (int entry = head; entry >= 0; entry = next[entry]) {
			if (pathHashes[entry] == hash) {
				return lines[entry];
			}
		}
		if (size == pathHashes.length) {
			pathHashes = Arrays.copyOf(pathHashes, size * 2);
			lines = Arrays.copyOf(lines, size * 2);
			next = Arrays.copyOf(next, size * 2);
		}
		pathHashes[size] = hash;
		lines[size] = line;
		next[size] = head;
		firstEntry.put(tinNpi, size);
		size++;
		return -1;
	}

	/** 64-bit FNV-1a of the path's {@code LEVEL:ENTITY_ID}, without building that text for every row. */
	private static long hash(EntityRef path) {
		long hash = fnv(0xcbf29ce484222325L, path.type().name());
		hash = (hash ^ ':') * 0x100000001b3L;
		return fnv(hash, path.id());
	}

	private static long fnv(long hash, String text) {
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}
}
