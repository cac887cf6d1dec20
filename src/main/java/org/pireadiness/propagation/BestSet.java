package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.RefusedSubmission;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.SubmissionFindings;
import org.pireadiness.rules.Warning;

/**
 * The verdict of an entity that the submission files name (contract §7.2, §7.4), judged by its files only. CMS scores
 * each set it takes and keeps the highest, so the entity is READY when any such set has no findings, and otherwise
 * takes the findings of the set with the fewest (ties: the first in file order, then set order), its {@code pi_data}
 * naming that set's file. A submission CMS would refuse sends nothing: it is a finding when no set it takes is READY,
 * a warning when one is, and it voids no reweighting.
 */
final class BestSet {

	private BestSet() {
	}

	/** @param checklist what the entity's checklist comes to, the same for each of its sets */
	static SourceAssessment of(EntityRef ref, SubmissionBook.Named files, Reweighting reweighting,
			Supplier<SubmissionFindings> checklist) {
		List<RefusedSubmission> refusals = files.refusals();
		if (files.sets().isEmpty()) {
			String file = refusals.get(0).file();
			return reweighting.reweighted()
					? new SourceAssessment(ref, ClinicianStatus.REWEIGHTED, List.of(), Set.of(Warning.SUBMISSION_REFUSED), file)
					: new SourceAssessment(ref, ClinicianStatus.AT_RISK, List.of(refused(refusals)), Set.of(), file);
		}
		SubmissionFindings assessed = checklist.get();
		boolean readySets = assessed.findings().isEmpty();
		SubmissionBook.JudgedSet best = null;
		for (SubmissionBook.JudgedSet set : files.sets()) {
			int fewer = best == null ? -1 : Integer.compare(set.own().findings().size(), best.own().findings().size());
			// of READY sets CMS keeps the highest score (contract v3 §9.1); ties: the first
			if (fewer < 0 || fewer == 0 && readySets && set.estimate().score() > best.estimate().score()) {
				best = set;
			}
		}
		List<Finding> findings = new ArrayList<>(best.own().findings());
		findings.addAll(assessed.findings());
		Set<Warning> warnings = EnumSet.noneOf(Warning.class);
		warnings.addAll(best.own().warnings());
		warnings.addAll(assessed.warnings());
		if (files.sets().size() > 1) {
			warnings.add(Warning.SEVERAL_PI_SUBMISSIONS);
		}
		if (!refusals.isEmpty() && findings.isEmpty()) {
			warnings.add(Warning.SUBMISSION_REFUSED);
		}
		else if (!refusals.isEmpty()) {
			findings.add(refused(refusals));
		}
		boolean atRisk = !findings.isEmpty();
		if (atRisk && reweighting.reweighted()) {
			warnings.add(Warning.REWEIGHTING_VOIDED_BY_SUBMISSION);
		}
		return atRisk
				? new SourceAssessment(ref, ClinicianStatus.AT_RISK, List.copyOf(findings), Set.copyOf(warnings), best.file())
				: new SourceAssessment(ref, ClinicianStatus.READY, List.of(), Set.copyOf(warnings), best.file(),
						best.estimate());
	}

	/** The finding, naming the first refused file and its first problem ({@code rejected-rows.csv} has them all). */
	private static Finding refused(List<RefusedSubmission> refusals) {
		RefusedSubmission first = refusals.get(0);
		String more = refusals.size() == 1 ? "" : "; " + (refusals.size() - 1) + " more refused, see rejected-rows.csv";
		return new Finding(ReasonCode.SUBMISSION_REFUSED, first.file() + " " + first.problem() + more);
	}
}
