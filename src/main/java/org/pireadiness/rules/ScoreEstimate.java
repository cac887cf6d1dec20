package org.pireadiness.rules;

/**
 * The estimated PI category score of one set of measure data (contract v3 §9): an estimate from CMS's published
 * points, not CMS's score.
 *
 * @param score 0 to 100
 * @param confidence the least sure of the table entries the score used
 * @param piPoints each measure that earned or received points, {@code MEASURE=points;…} in measure id order
 * @param bestGain the measure that would add the most points at its maximum, or empty when none would
 * @param bestGainPoints how many points it would add (up to the cap)
 */
public record ScoreEstimate(int score, Confidence confidence, String piPoints, String bestGain, int bestGainPoints) {

	/** No estimate: no measure data to estimate from. */
	public static final ScoreEstimate NONE = new ScoreEstimate(-1, Confidence.UNCONFIRMED, "", "", 0);

	public boolean present() {
		return score >= 0;
	}
}
