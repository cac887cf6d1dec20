package org.pireadiness.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * One entity's measure rows as {@link MeasureBook} keeps them until it judges them: per row the measure's place in
 * the catalogue and the answer in one {@code long}, then the numerator and the denominator.
 */
final class PackedAnswers {

	private static final Attestation[] VALUES = Attestation.values();

	private long[] packed = new long[3 * 4];

	private int size;

	void add(int measure, MeasureAnswer answer) {
		if (3 * size == packed.length) {
			packed = Arrays.copyOf(packed, packed.length * 2);
		}
		packed[3 * size] = (long) measure << 8 | answer.value().ordinal();
		packed[3 * size + 1] = answer.numerator();
		packed[3 * size + 2] = answer.denominator();
		size++;
	}

	/**
	 * The rows as the measure rules see them, one character per measure of the catalogue: {@code 0} not sent,
	 * {@code 1} sent and not met, {@code 2} met, {@code 3} answered YES (a later row for a measure replacing an
	 * earlier one).
	 */
	String shape(int measures) {
		char[] shape = new char[measures];
		Arrays.fill(shape, '0');
		for (int row = 0; row < size; row++) {
			Attestation value = VALUES[(int) (packed[3 * row] & 0xFF)];
			boolean met = MeasureAnswer.met(value, packed[3 * row + 1]);
			shape[(int) (packed[3 * row] >>> 8)] = value == Attestation.YES ? '3' : met ? '2' : '1';
		}
		return new String(shape);
	}

	/** The rows as the measure rules read them, a later row for a measure replacing an earlier one. */
	Map<String, MeasureAnswer> unpack(EntityRef entity, List<String> measureIds) {
		Map<String, MeasureAnswer> answers = new HashMap<>();
		for (int row = 0; row < size; row++) {
			String measure = measureIds.get((int) (packed[3 * row] >>> 8));
			answers.put(measure, new MeasureAnswer(entity, measure, VALUES[(int) (packed[3 * row] & 0xFF)],
					packed[3 * row + 1], packed[3 * row + 2]));
		}
		return answers;
	}
}
