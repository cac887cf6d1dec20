package org.pireadiness.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What changed since the previous successful run for the same performance year.
 *
 * @param previousRun the job execution the comparison is against; empty for the first run of a year
 */
public record Changes(Optional<Long> previousRun, List<Change> rows) {

	public static Changes firstRun() {
		return new Changes(Optional.empty(), List.of());
	}

	/** Compares two runs' at-risk subjects. */
	static Changes between(long previousRun, List<AtRisk> before, List<AtRisk> now) {
		Map<String, AtRisk> earlier = new HashMap<>();
		before.forEach(subject -> earlier.put(subject.key(), subject));
		List<Change> rows = new ArrayList<>();
		for (AtRisk subject : now) {
			AtRisk old = earlier.remove(subject.key());
			if (old == null) {
				rows.add(new Change(Change.Type.NEW_RISK, subject, "", subject.reasonCodes()));
			}
			else if (!old.reasonCodes().equals(subject.reasonCodes())) {
				rows.add(new Change(Change.Type.REASONS_CHANGED, subject, old.reasonCodes(), subject.reasonCodes()));
			}
		}
		earlier.values().forEach(old -> rows.add(new Change(Change.Type.RESOLVED, old, old.reasonCodes(), "")));
		rows.sort((a, b) -> AtRisk.ORDER.compare(a.subject(), b.subject()));
		return new Changes(Optional.of(previousRun), rows);
	}

	public long count(Change.Type type, AtRisk.Kind kind) {
		return rows.stream().filter(row -> row.type() == type && row.subject().kind() == kind).count();
	}

	/** The changes of the subjects that pass the filter, for one practice's package. */
	public Changes only(Predicate<AtRisk> filter) {
		return new Changes(previousRun, rows.stream().filter(row -> filter.test(row.subject())).toList());
	}
}
