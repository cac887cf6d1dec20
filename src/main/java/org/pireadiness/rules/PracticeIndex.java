package org.pireadiness.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the practice ids seen for one guide edition, so entities store answers by number. */
final class PracticeIndex {

	private final Map<String, Integer> numbers = new HashMap<>();

	private final List<String> ids = new ArrayList<>();

	/** Looked up for every checklist row: a plain get first, as an edition has only a few dozen practices. */
	int numberOf(String practiceId) {
		Integer known = numbers.get(practiceId);
		if (known != null) {
			return known;
		}
		ids.add(practiceId);
		numbers.put(practiceId, ids.size() - 1);
		return ids.size() - 1;
	}

	/** The practice's number, or -1 when no row used it. */
	int find(String practiceId) {
		return numbers.getOrDefault(practiceId, -1);
	}

	List<String> ids() {
		return ids;
	}
}
