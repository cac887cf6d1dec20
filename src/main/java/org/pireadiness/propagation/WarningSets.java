package org.pireadiness.propagation;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import org.pireadiness.rules.Warning;

/**
 * The warnings a clinician's result carries, as one shared unmodifiable set per combination: a national run holds a
 * million results, nearly all with one of a few combinations, and a set of their own kept 60 MB more alive while
 * the reports were written. Every combination's set is made when the class loads (256 for the eight warnings), so
 * reading one is an array's element, on any thread.
 */
final class WarningSets {

	private static final Warning[] WARNINGS = Warning.values();
	static {
		// a slot's warnings are a short's bits, and every combination has its set
		if (WARNINGS.length > Short.SIZE - 4) {
			throw new IllegalStateException("too many warnings for a set per combination: " + WARNINGS.length);
		}
	}

	private static final SortedSet<Warning>[] SETS = allCombinations();

	private WarningSets() {
	}

	/** The warnings as a short's bits, a bit per {@link Warning} ordinal. */
	static short mask(Collection<Warning> warnings) {
		int mask = 0;
		for (Warning warning : warnings) {
			mask |= 1 << warning.ordinal();
		}
		return (short) mask;
	}

	static short mask(Warning warning) {
		return (short) (1 << warning.ordinal());
	}

	/** The warnings whose bits the mask sets, in their order; the same set for the same mask. */
	static SortedSet<Warning> of(short mask) {
		return SETS[mask];
	}

	@SuppressWarnings("unchecked") // an array of a generic type is made raw
	private static SortedSet<Warning>[] allCombinations() {
		SortedSet<Warning>[] sets = new SortedSet[1 << WARNINGS.length];
		sets[0] = Collections.emptySortedSet();
		for (int mask = 1; mask < sets.length; mask++) {
			SortedSet<Warning> set = new TreeSet<>();
			for (Warning warning : WARNINGS) {
				if ((mask & 1 << warning.ordinal()) != 0) {
					set.add(warning);
				}
			}
			sets[mask] = Collections.unmodifiableSortedSet(set);
		}
		return sets;
	}
}
