package org.pireadiness.rules;

/**
 * Which of the year's deadlines bounds the fix of a reason (contract §8.2); each {@link ReasonCode} names one.
 */
public enum FixDeadline {

	/** The Security Risk Analysis and the SAFER self-assessment must be done within the calendar year. */
	SELF_ASSESSMENT,

	/** Anything that can still be corrected in what is sent, until the submission window closes. */
	SUBMISSION,

	/**
	 * The SAFER attestation: in a year that accepts only YES, a YES needs the self-assessment done in the year; in a
	 * year that also accepts NO, the answer can still be given when the data is sent.
	 */
	SAFER_ANSWER
}
