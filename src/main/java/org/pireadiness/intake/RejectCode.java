package org.pireadiness.intake;

/** Why an input record was rejected (contract §4). */
public enum RejectCode {
	MISSING_VALUE, INVALID_VALUE, INVALID_NPI, INVALID_TIN, INVALID_DATE, DUPLICATE_ROW, MALFORMED_RECORD,
	/** A measure id the performance year's PI catalogue does not list ({@code pi_measures.csv}). */
	UNKNOWN_MEASURE
}
