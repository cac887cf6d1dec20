package org.pireadiness.portfolio;

import java.time.LocalDate;

/**
 * What a reporting entity says it will submit for Promoting Interoperability: the CEHRT ID, the continuous
 * performance period and the attestations. Dates are null when the cell was empty.
 */
public record PiSubmission(String cehrtId, LocalDate periodStart, LocalDate periodEnd, Attestation securityRiskAnalysis,
		Attestation safer, Attestation infoBlocking, Attestation oncDirectReview) {

	public static final PiSubmission NONE = new PiSubmission("", null, null, Attestation.NOT_ATTESTED,
			Attestation.NOT_ATTESTED, Attestation.NOT_ATTESTED, Attestation.NOT_ATTESTED);
}
