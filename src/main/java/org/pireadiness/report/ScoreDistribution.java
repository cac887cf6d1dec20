package org.pireadiness.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatus;

/**
 * {@code summary.json}'s {@code estimated_pi_score} (contract v3 §9.2): over the READY entities that have an estimate,
 * how many, the lowest, the median and the mean (one decimal, half up), and how many fall in each band of ten.
 *
 * @param min null when no entity has an estimate, as are {@code median} and {@code mean}
 */
record ScoreDistribution(int entities, Integer min, BigDecimal median, BigDecimal mean, Map<String, Integer> bands) {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	static ScoreDistribution of(List<EntityResult> entities) {
		int[] scores = estimated(entities);
		Map<String, Integer> bands = new LinkedHashMap<>();
		for (int low = 0; low < 100; low += 10) {
			bands.put(band(low), 0);
		}
		for (int score : scores) {
			bands.merge(band(Math.min(90, score / 10 * 10)), 1, Integer::sum);
		}
		if (scores.length == 0) {
			return new ScoreDistribution(0, null, null, null, bands);
		}
		int middle = scores.length / 2;
		BigDecimal median = scores.length % 2 == 1 ? BigDecimal.valueOf(scores[middle]).setScale(1)
				: BigDecimal.valueOf(scores[middle - 1] + scores[middle]).divide(TWO, 1, RoundingMode.HALF_UP);
		long sum = 0;
		for (int score : scores) {
			sum += score;
		}
		BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.length), 1, RoundingMode.HALF_UP);
		return new ScoreDistribution(scores.length, scores[0], median, mean, bands);
	}

	/** The READY entities' estimates, lowest first. */
	static int[] estimated(List<EntityResult> entities) {
		return entities.stream()
			.filter(entity -> entity.status() == EntityStatus.READY && entity.estimate().present())
			.mapToInt(entity -> entity.estimate().score())
			.sorted()
			.toArray();
	}

	private static String band(int low) {
		return low + "-" + (low == 90 ? 100 : low + 9);
	}
}
