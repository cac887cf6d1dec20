package org.pireadiness.intake;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words a checklist file may use: the guide editions known to the year rules, and the statuses that count
 * as an answer. Both are settings, because the 2025 guide's rating labels are not confirmed.
 */
public record ChecklistVocabulary(Set<String> guideEditions, Set<String> answeredStatuses) {

	public ChecklistVocabulary {
		guideEditions = new TreeSet<>(guideEditions);
		answeredStatuses = answeredStatuses.stream().map(s -> s.strip().toUpperCase(Locale.ROOT))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	boolean isAnswer(String status) {
		for (String answered : answeredStatuses) {
			if (answered.equalsIgnoreCase(status)) {
				return true;
			}
		}
		return false;
	}
}
