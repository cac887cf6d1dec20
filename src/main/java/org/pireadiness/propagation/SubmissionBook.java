package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.MeasureRules;
import org.pireadiness.rules.SubmissionFindings;
import org.pireadiness.rules.SubmissionRules;

/**
 * The PI sets of the submission files (contract §7.2), by the entity each names, in file order then set order. Each
 * set is judged on its own data as it is read (its CEHRT ID, period, attestations, and its measurements as a
 * payload is judged: every measurement in it is sent), so only its findings are kept; the checklist joins them
 * when the entity is judged.
 */
public final class SubmissionBook {

	/** A set as judged on its own data, with the file it came from. */
	public record JudgedSet(String file, SubmissionFindings own) {
	}

	private final SubmissionRules rules;

	private final MeasureRules measures;

	private final Map<EntityRef, List<JudgedSet>> sets = new LinkedHashMap<>();

	public SubmissionBook(SubmissionRules rules, MeasureRules measures) {
		this.rules = rules;
		this.measures = measures;
	}

	/** Adds one set; called on one thread, in file order. */
	public void add(PiSet set) {
		SubmissionFindings own = rules.assess(set.submission());
		List<Finding> findings = new ArrayList<>(own.findings());
		findings.addAll(measures.assess(set.measures(), MeasureRules.Presence.PAYLOAD));
		sets.computeIfAbsent(set.entity(), entity -> new ArrayList<>())
			.add(new JudgedSet(set.file(), SubmissionFindings.of(findings, own.warnings())));
	}

	/** The entity's sets, in file order then set order; none when no file names it. */
	public List<JudgedSet> setsOf(EntityRef entity) {
		return sets.getOrDefault(entity, List.of());
	}

	/** Every entity a set names. */
	public Set<EntityRef> entities() {
		return sets.keySet();
	}
}
