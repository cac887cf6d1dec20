package org.pireadiness.intake;

import org.pireadiness.portfolio.PiSubmission;
import org.pireadiness.portfolio.Reweighting;

/** The PI submission and reweighting columns shared by {@code groups.csv} and {@code clinicians.csv}. */
enum PiColumn implements Column {
	CEHRT_ID, PI_PERIOD_START, PI_PERIOD_END, SRA, SAFER, INFO_BLOCKING, ONC_DIRECT_REVIEW, PI_REWEIGHTING,
	REWEIGHTING_REASON;

	@Override
	public boolean requiredInHeader() {
		return false;
	}

	static PiSubmission submission(Row row) {
		return new PiSubmission(row.text(CEHRT_ID), row.date(PI_PERIOD_START), row.date(PI_PERIOD_END),
				row.attestation(SRA), row.attestation(SAFER), row.attestation(INFO_BLOCKING),
				row.attestation(ONC_DIRECT_REVIEW));
	}

	static Reweighting reweighting(Row row) {
		boolean reweighted = row.yesNo(PI_REWEIGHTING, false);
		return reweighted || !row.text(REWEIGHTING_REASON).isEmpty()
				? new Reweighting(reweighted, row.text(REWEIGHTING_REASON)) : Reweighting.NONE;
	}
}
