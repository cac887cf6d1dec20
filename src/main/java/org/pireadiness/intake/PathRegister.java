package org.pireadiness.intake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.TinNpi;

/**
 * The clinician paths seen so far, to reject a second row for the same TIN/NPI and path, with the line of the
 * first. Exact: keyed by the packed TIN/NPI, and each path by a code that names it exactly. A GROUP or INDIVIDUAL
 * path is always the row's own TIN (and NPI), so its type names it; any other path adds the number its entity id
 * gets here. A national file's 1.5 million rows take a few dozen megabytes.
 */
final class PathRegister {

	private final Long2IntOpenHashMap firstEntry;

	/** The number of each entity id that a virtual group, APM entity or subgroup path names: a few thousand. */
	private final Map<String, Integer> idNumbers = new HashMap<>();

	private long[] pathCodes;

	private int[] lines;

	private int[] next;

	private int size;

	PathRegister() {
		this(1024);
	}

	/** @param room how many rows to make room for at first; the tables double as they fill */
	PathRegister(int room) {
		firstEntry = TinNpi.map(room);
		pathCodes = new long[room];
		lines = new int[room];
		next = new int[room];
	}

	/** Records the path; returns the line of an earlier row with the same TIN/NPI and path, or -1. */
	int register(long tinNpi, EntityRef path, int line) {
		long code = code(path);
		// one lookup a row: the row heads its TIN/NPI's entries at once, and the rare repeat puts the head back
		int head = firstEntry.put(tinNpi, size);
		for (int entry = head; entry >= 0; entry = next[entry]) {
			if (pathCodes[entry] == code) {
				firstEntry.put(tinNpi, head);
				return lines[entry];
			}
		}
		if (size == pathCodes.length) {
			pathCodes = Arrays.copyOf(pathCodes, size * 2);
			lines = Arrays.copyOf(lines, size * 2);
			next = Arrays.copyOf(next, size * 2);
		}
		pathCodes[size] = code;
		lines[size] = line;
		next[size] = head;
		size++;
		return -1;
	}

	/** Whether a row named the TIN/NPI, with any path. */
	boolean has(long tinNpi) {
		return firstEntry.get(tinNpi) >= 0;
	}

	/** Whether a row gave the TIN/NPI this path. */
	boolean has(long tinNpi, EntityRef path) {
		long code = code(path);
		for (int entry = firstEntry.get(tinNpi); entry >= 0; entry = next[entry]) {
			if (pathCodes[entry] == code) {
				return true;
			}
		}
		return false;
	}

	private long code(EntityRef path) {
		int type = path.type().ordinal();
		return switch (path.type()) {
			case GROUP, INDIVIDUAL -> type;
			case VIRTUAL_GROUP, APM_ENTITY, SUBGROUP -> (long) idNumbers.computeIfAbsent(path.id(),
					id -> idNumbers.size() + 1) << 8 | type;
		};
	}
}
