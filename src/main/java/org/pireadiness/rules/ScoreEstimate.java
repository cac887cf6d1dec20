package org.pireadiness.rules;

import java.util.List;
import java.util.StringJoiner;

/**
 * The estimated PI category score of one set of measure data (contract v3 §9): an estimate from CMS's published
 * points, not CMS's score. Kept packed, as a national run holds a quarter of a million until its reports are written:
 * each measure's points as a byte of half points, by the year table's measure ids (shared), and the measure that would
 * add the most as an index into them, in two {@code long}s and four bytes (a measure's points at most 127.5, the
 * table at most 16 measures); {@link #piPoints()} is written out only when a report asks.
 */
public final class ScoreEstimate implements MeasureVerdict {

	/** No estimate: no measure data to estimate from. */
	public static final ScoreEstimate NONE = new ScoreEstimate(-1, Confidence.UNCONFIRMED, new byte[0], List.of(), -1, 0);

	private final byte score;

	private final byte confidence;

	private final byte bestGain;

	private final byte bestGainPoints;

	/** Per measure id, its half points as an unsigned byte: the first eight in {@code low}, the next in {@code high}. */
	private final long low;

	private final long high;

	private final List<String> measureIds;

	/**
	 * @param halves each measure's half points (0 to 255), in the order of {@code measureIds} (measure id order)
	 * @param bestGain the index of the measure that would add the most points at its maximum, or -1
	 */
	ScoreEstimate(int score, Confidence confidence, byte[] halves, List<String> measureIds, int bestGain,
			int bestGainPoints) {
		this.score = (byte) score;
		this.confidence = (byte) confidence.ordinal();
		if (halves.length > 2 * Long.BYTES) {
			throw new IllegalArgumentException("an estimate keeps the points of 16 measures at most: " + halves.length);
		}
		long packedLow = 0;
		long packedHigh = 0;
		for (int i = 0; i < halves.length; i++) {
			long half = Byte.toUnsignedLong(halves[i]);
			if (i < Long.BYTES) {
				packedLow |= half << (8 * i);
			}
			else {
				packedHigh |= half << (8 * (i - Long.BYTES));
			}
		}
		this.low = packedLow;
		this.high = packedHigh;
		this.measureIds = measureIds;
		this.bestGain = (byte) bestGain;
		this.bestGainPoints = (byte) bestGainPoints;
	}

	/** 0 to 100; -1 for {@link #NONE}. */
	public int score() {
		return score;
	}

	public boolean present() {
		return score >= 0;
	}

	/** The least sure of the table entries the score used. */
	public Confidence confidence() {
		return Confidence.values()[confidence];
	}

	/** Each measure that earned or received points, {@code MEASURE=points;…} in measure id order, fractions as .5. */
	public String piPoints() {
		StringJoiner joined = new StringJoiner(";");
		for (int i = 0; i < measureIds.size(); i++) {
			int half = (int) ((i < Long.BYTES ? low >>> (8 * i) : high >>> (8 * (i - Long.BYTES))) & 0xFF);
			if (half > 0) {
				joined.add(measureIds.get(i) + "=" + half / 2 + (half % 2 == 0 ? "" : ".5"));
			}
		}
		return joined.toString();
	}

	/** The measure that would add the most points at its maximum, or empty when none would. */
	public String bestGain() {
		return bestGain < 0 ? "" : measureIds.get(bestGain);
	}

	/** How many points it would add (up to the cap). */
	public int bestGainPoints() {
		return bestGainPoints;
	}

	/** An estimate is of rows without findings. */
	@Override
	public List<Finding> findings() {
		return List.of();
	}

	@Override
	public String toString() {
		return present() ? score + " (" + confidence() + ": " + piPoints() + ")" : "none";
	}
}
