package org.pireadiness.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklist statuses a guide edition does not configure but counts as answers (contract v3 §3.3), each by a
 * number the book keeps per answer (0 for none): a handful per file, such as "TBD" or the 2025 scale's own labels.
 */
final class UnrecognisedStatuses {

	private static final Logger log = LoggerFactory.getLogger(UnrecognisedStatuses.class);

	private final Map<String, Integer> numbers = new HashMap<>();

	private final List<String> names = new ArrayList<>(List.of(""));

	private final Map<String, Integer> rows = new HashMap<>();

	/** The status's number, 0 for an empty one (a configured status, or none). */
	int number(String status) {
		if (status.isEmpty()) {
			return 0;
		}
		rows.merge(status, 1, Integer::sum);
		return numbers.computeIfAbsent(status, added -> {
			names.add(added);
			return names.size() - 1;
		});
	}

	/** The statuses of an entity's counted answers (its latest in-year answer to each practice of an accepted edition). */
	List<String> of(EntityChecklist assessed) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		var found = new HashSet<Integer>();
		for (var answers = assessed.acceptedEditions(); answers != null; answers = answers.next) {
			answers.unrecognisedStatuses(found);
		}
		var statuses = new TreeSet<String>();
		found.forEach(number -> statuses.add(names.get(number)));
		return List.copyOf(statuses);
	}

	/** Names each status, with how many rows used it (any edition, year or entity), once the file is read. */
	void log() {
		if (!rows.isEmpty()) {
			log.warn("checklist_results.csv: statuses that are not their edition's configured answers were counted as "
					+ "answered (CHECKLIST_STATUS_UNRECOGNISED on the entities whose counted answers use them), with "
					+ "their rows: {}; correct any that means 'not answered', or set the edition's labels in "
					+ "pi-readiness.rules.guide-editions.<edition>.answered-statuses", new TreeMap<>(rows));
		}
	}
}
