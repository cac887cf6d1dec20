package org.pireadiness.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/** The changes of each TIN's subjects, for the practices' packages; grouped once for all TINs. */
	public Map<String, Changes> byTin() {
		Map<String, List<Change>> grouped = new HashMap<>();
		rows.forEach(row -> grouped.computeIfAbsent(row.subject().tin(), tin -> new ArrayList<>()).add(row));
		Map<String, Changes> byTin = new HashMap<>();
		grouped.forEach((tin, changes) -> byTin.put(tin, new Changes(previousRun, changes)));
		return byTin;
	}

	/** No change, against the same previous run: what a TIN without changes shows. */
	public Changes none() {
		return new Changes(previousRun, List.of());
	}
}
