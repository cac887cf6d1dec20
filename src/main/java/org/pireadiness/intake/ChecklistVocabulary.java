package org.pireadiness.intake;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words a checklist file may use (contract v3 §3.3): the guide editions known to the year rules, and per edition
 * the statuses that count as an answer. Both are settings, because the 2025 guide's rating labels are not confirmed;
 * an edition may also count any other non-empty status as an answer (the 2025 one), which the book then warns of.
 */
public record ChecklistVocabulary(Map<String, Edition> editions) {

	/**
	 * @param answeredStatuses the configured answers, upper-cased
	 * @param othersAnswered whether another non-empty status counts as answered too (and is warned of), rather than
	 * rejected
	 */
	public record Edition(Set<String> answeredStatuses, boolean othersAnswered) {

		public Edition {
			answeredStatuses = answeredStatuses.stream().map(s -> s.strip().toUpperCase(Locale.ROOT))
				.collect(Collectors.toCollection(TreeSet::new));
		}

		boolean isConfigured(String status) {
			return answeredStatuses.contains(status.toUpperCase(Locale.ROOT));
		}
	}

	public ChecklistVocabulary {
		editions = new TreeMap<>(editions);
	}

	Set<String> guideEditions() {
		return editions.keySet();
	}
}
