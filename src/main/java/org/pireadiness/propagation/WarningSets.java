package org.pireadiness.propagation;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.pireadiness.rules.Warning;

/**
 * The warnings a clinician's result carries, as one shared unmodifiable set per combination: a national run holds a
 * million results, nearly all with one of a few combinations, and a set of their own kept 60 MB more alive while
 * the reports were written.
 */
final class WarningSets {

	private static final Warning[] WARNINGS = Warning.values();
	static {
		if (WARNINGS.length > Short.SIZE) {
			throw new IllegalStateException("a slot's warnings are a short's bits: " + WARNINGS.length + " warnings");
		}
	}

	private static final ConcurrentMap<Short, SortedSet<Warning>> SETS = new ConcurrentHashMap<>();

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
		return mask == 0 ? Collections.emptySortedSet() : SETS.computeIfAbsent(mask, WarningSets::build);
	}

	private static SortedSet<Warning> build(short mask) {
		SortedSet<Warning> set = new TreeSet<>();
		for (Warning warning : WARNINGS) {
			if ((mask & 1 << warning.ordinal()) != 0) {
				set.add(warning);
			}
		}
		return Collections.unmodifiableSortedSet(set);
	}
}
