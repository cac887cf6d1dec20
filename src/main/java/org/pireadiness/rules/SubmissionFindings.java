package org.pireadiness.rules;

import java.util.List;
import java.util.Set;

/**
 * What one set of PI data comes to on its own (its CEHRT ID, period and attestations, and its measures when it
 * carries them): the findings, and the warnings that change no status.
 */
public record SubmissionFindings(List<Finding> findings, Set<Warning> warnings) {

	public static final SubmissionFindings NONE = new SubmissionFindings(List.of(), Set.of());

	/** The findings and warnings, shared when there are none (as for most entities). */
	public static SubmissionFindings of(List<Finding> findings, Set<Warning> warnings) {
		return findings.isEmpty() && warnings.isEmpty() ? NONE
				: new SubmissionFindings(List.copyOf(findings), Set.copyOf(warnings));
	}
}
