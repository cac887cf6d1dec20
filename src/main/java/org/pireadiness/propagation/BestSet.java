package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.Warning;

/**
 * The verdict of an entity that one or more PI sets name (contract §7.2): CMS scores each set and keeps the highest,
 * so the entity is READY when any set has no findings, and otherwise takes the findings of the set with the fewest
 * (ties: the first in file order, then set order). Its {@code pi_data} names that set's file.
 */
final class BestSet {

	private BestSet() {
	}

	/** @param checklist the entity's checklist findings, the same for each of its sets */
	static SourceAssessment of(EntityRef ref, List<SubmissionBook.JudgedSet> sets, Reweighting reweighting,
			List<Finding> checklist) {
		SubmissionBook.JudgedSet best = null;
		for (SubmissionBook.JudgedSet set : sets) {
			if (best == null || set.own().findings().size() < best.own().findings().size()) {
				best = set;
			}
		}
		List<Finding> findings = new ArrayList<>(best.own().findings());
		findings.addAll(checklist);
		Set<Warning> warnings = EnumSet.noneOf(Warning.class);
		warnings.addAll(best.own().warnings());
		if (sets.size() > 1) {
			warnings.add(Warning.SEVERAL_PI_SUBMISSIONS);
		}
		boolean atRisk = !findings.isEmpty();
		if (atRisk && reweighting.reweighted()) {
			warnings.add(Warning.REWEIGHTING_VOIDED_BY_SUBMISSION);
		}
		return new SourceAssessment(ref, atRisk ? ClinicianStatus.AT_RISK : ClinicianStatus.READY, List.copyOf(findings),
				Set.copyOf(warnings), best.file());
	}
}
