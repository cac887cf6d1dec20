package org.pireadiness.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatus;
import org.pireadiness.propagation.EntityStatuses;

/**
 * The page's estimated PI scores (contract v3 §9.2): the READY entities' estimates in bands of ten, and those under the
 * low-score threshold, lowest first, each with the measure that would add the most points at its maximum.
 *
 * @param shown how many of the lowest the page lists (the CSV has them all)
 */
record ScorePanel(ScoreDistribution distribution, Chart bands, List<Low> lowest, int threshold, int below, int shown) {

	private static final int SHOWN = 50;

	/** One entity under the threshold. */
	record Low(String entity, String name, int score, String confidence, String measure, int points) {
	}

	static ScorePanel of(List<EntityResult> entities, int threshold) {
		ScoreDistribution distribution = ScoreDistribution.of(entities);
		Map<String, Long> counts = new LinkedHashMap<>();
		distribution.bands().forEach((band, count) -> counts.put(band, count.longValue()));
		List<EntityResult> low = entities.stream()
			.filter(entity -> entity.status() == EntityStatus.READY && entity.estimate().present()
					&& entity.estimate().score() < threshold)
			.sorted(Comparator.comparingInt((EntityResult entity) -> entity.estimate().score())
				.thenComparing(EntityStatuses.ORDER))
			.toList();
		List<Low> lowest = low.stream().limit(SHOWN)
			.map(entity -> new Low(entity.ref().label() + (entity.ref().npi().isEmpty() ? "" : "/" + entity.ref().npi()),
					entity.name(), entity.estimate().score(), entity.estimate().confidence().name(),
					entity.estimate().bestGain(), entity.estimate().bestGainPoints()))
			.toList();
		return new ScorePanel(distribution, Chart.inOrder("READY entities by estimated PI score", counts), lowest,
				threshold, low.size(), lowest.size());
	}
}
