package org.pireadiness.portfolio;

/**
 * One accepted row of {@code pi_measures.csv}: what an entity reports for one PI measure.
 *
 * @param value for a yes/no measure or an exclusion; NOT_ATTESTED for a proportion
 * @param numerator for a proportion, else -1
 * @param denominator for a proportion, else -1
 */
public record MeasureAnswer(EntityRef entity, String measureId, Attestation value, long numerator, long denominator) {

	/** Met: YES, or a numerator of at least 1. */
	public boolean met() {
		return met(value, numerator);
	}

	/** Whether a row of this answer and numerator is met: the one definition, for rows kept packed too. */
	public static boolean met(Attestation value, long numerator) {
		return value == Attestation.YES || numerator >= 1;
	}
}
