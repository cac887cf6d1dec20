package org.pireadiness.propagation;

/**
 * The status of a TIN/NPI, or of one of its paths, in order of preference: a TIN/NPI takes the first status any
 * of its paths has. NOT_ELIGIBLE comes first because a clinician that is not MIPS eligible is never at risk.
 */
public enum ClinicianStatus {
	NOT_ELIGIBLE, READY, REWEIGHTED, AT_RISK;

	public ClinicianStatus better(ClinicianStatus other) {
		return ordinal() <= other.ordinal() ? this : other;
	}
}
