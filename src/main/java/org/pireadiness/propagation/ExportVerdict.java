package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.ScoreEstimate;
import org.pireadiness.rules.SubmissionFindings;
import org.pireadiness.rules.Warning;

/**
 * The verdict of a PI source no submission file names (contract §5.4): judged on its export data, the columns of
 * {@code groups.csv} or {@code clinicians.csv} and its {@code pi_measures.csv} rows, with its checklist; or missing.
 */
final class ExportVerdict {

	private ExportVerdict() {
	}

	/**
	 * @param ownData what its CEHRT ID, period and attestations come to, asked for only when it reports PI
	 * @param checklist what its checklist comes to, likewise
	 * @param measures its measure findings, likewise
	 * @param estimate its estimated score, asked for only when it is READY
	 */
	static SourceAssessment of(EntityRef ref, boolean reportsPi, Reweighting reweighting,
			Supplier<SubmissionFindings> ownData, Supplier<SubmissionFindings> checklist,
			Supplier<List<Finding>> measures, Supplier<ScoreEstimate> estimate) {
		if (!reportsPi) {
			return reweighting.reweighted()
					? new SourceAssessment(ref, ClinicianStatus.REWEIGHTED, List.of(), Set.of(), "")
					: new SourceAssessment(ref, ClinicianStatus.AT_RISK, List.of(Finding.of(ReasonCode.PI_NOT_REPORTED)),
							Set.of(), "");
		}
		SubmissionFindings own = ownData.get();
		SubmissionFindings assessed = checklist.get();
		List<Finding> found = new ArrayList<>(own.findings());
		found.addAll(assessed.findings());
		found.addAll(measures.get());
		List<Finding> findings = List.copyOf(found);
		Set<Warning> warnings = EnumSet.noneOf(Warning.class);
		warnings.addAll(own.warnings());
		warnings.addAll(assessed.warnings());
		if (!findings.isEmpty() && reweighting.reweighted()) {
			warnings.add(Warning.REWEIGHTING_VOIDED_BY_SUBMISSION);
		}
		return findings.isEmpty()
				? new SourceAssessment(ref, ClinicianStatus.READY, findings, Set.copyOf(warnings), SourceAssessment.EXPORT,
						estimate.get())
				: new SourceAssessment(ref, ClinicianStatus.AT_RISK, findings, Set.copyOf(warnings), SourceAssessment.EXPORT);
	}

	/** A source that paths name but that is absent, or whose row was rejected. */
	static SourceAssessment missing(EntityRef ref) {
		return new SourceAssessment(ref, ClinicianStatus.AT_RISK,
				List.of(new Finding(ReasonCode.PI_SOURCE_MISSING, ref.label() + " is absent, or its row was rejected")),
				Set.of(), "");
	}
}
