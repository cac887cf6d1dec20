package org.pireadiness.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.pireadiness.intake.MeasureCatalogFile;
import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * The estimated PI score of one entity's measure data by the year's points table (contract v3 §9.1). Points are
 * counted in halves, as the table's fractions are (12.5), so the arithmetic is exact: a proportion earns its maximum
 * × numerator / denominator rounded half up to a whole number, at least 1 when the numerator is; the sum and the
 * bonus are capped at 100 and rounded half up.
 */
public final class ScoreEstimator {

	private static final int CAP = 200;

	private final MeasureCatalog catalog;

	private final PointsTable table;

	/** The bonus measures in measure id order: the first met carries the bonus. */
	private final List<PointsTable.BonusMeasure> bonusMeasures;

	public ScoreEstimator(MeasureCatalog catalog, PointsTable table) {
		this.catalog = catalog;
		this.table = table;
		List<PointsTable.BonusMeasure> bonus = new ArrayList<>(table.bonus().measures());
		bonus.sort((a, b) -> a.measure().compareTo(b.measure()));
		this.bonusMeasures = List.copyOf(bonus);
	}

	/** The estimate of data whose measure findings are none: what CMS's scorer would likely give it. */
	public ScoreEstimate estimate(Map<String, MeasureAnswer> rows) {
		Confidence used = Confidence.HIGH;
		Map<String, Integer> received = new HashMap<>();
		for (PointsTable.Edge edge : table.redistribution()) {
			if (edge.excluded().stream().allMatch(id -> excluded(rows, id))
					&& edge.unlessExcluded().stream().noneMatch(id -> excluded(rows, id))) {
				List<String> targets = targets(edge.to(), rows);
				int amount = edge.excluded().stream().mapToInt(this::maximum).sum();
				targets.forEach(target -> received.merge(target, amount / targets.size(), Integer::sum));
				used = targets.isEmpty() ? used : used.atMost(edge.confidence());
			}
		}
		Map<String, Integer> earned = new TreeMap<>();
		String bestGain = "";
		int bestGainHalves = 0;
		for (PointsTable.MeasurePoints entry : table.measures()) {
			String id = entry.measure();
			int max = half(entry.points()) + received.getOrDefault(id, 0);
			int got = earned(rows, id, max);
			if (got > 0) {
				earned.put(id, got);
				used = used.atMost(entry.confidence());
			}
			int gap = max - got;
			boolean reported = rows.containsKey(id) && !excluded(rows, id);
			if (reported && (gap > bestGainHalves || gap == bestGainHalves && gap > 0 && id.compareTo(bestGain) < 0)) {
				bestGain = id;
				bestGainHalves = gap;
			}
		}
		PointsTable.BonusMeasure bonus = bonusMeasures.stream().filter(m -> yes(rows, m.measure())).findFirst()
			.orElse(null);
		if (bonus != null) {
			earned.merge(bonus.measure(), half(table.bonus().points()), Integer::sum);
			used = used.atMost(bonus.confidence());
		}
		else if (!bonusMeasures.isEmpty() && half(table.bonus().points()) > bestGainHalves) {
			bestGain = bonusMeasures.get(0).measure();
			bestGainHalves = half(table.bonus().points());
		}
		int total = earned.values().stream().mapToInt(Integer::intValue).sum();
		int score = (Math.min(CAP, total) + 1) / 2;
		int gain = Math.min((bestGainHalves + 1) / 2, 100 - score);
		return new ScoreEstimate(score, used, points(earned), gain > 0 ? bestGain : "", Math.max(0, gain));
	}

	/** Half-points a measure earns of its maximum {@code max}. */
	private int earned(Map<String, MeasureAnswer> rows, String id, int max) {
		if (table.creditWhenReported().contains(id) && (rows.containsKey(id) || excluded(rows, id))) {
			return max;
		}
		MeasureAnswer answer = rows.get(id);
		if (answer == null || excluded(rows, id)) {
			return 0;
		}
		if (catalog.kindOf(id) != MeasureVocabulary.Kind.PROPORTION) {
			return answer.value() == Attestation.YES ? max : 0;
		}
		if (answer.denominator() <= 0) {
			return 0;
		}
		// max / 2 × numerator / denominator, rounded half up: floor((max × n + d) / 2d)
		long whole = (max * answer.numerator() + answer.denominator()) / (2 * answer.denominator());
		return (int) Math.max(whole, answer.numerator() >= 1 ? 1 : 0) * 2;
	}

	/** Where an edge's points go: a measure, or the HIE option the data uses. */
	private List<String> targets(String to, Map<String, MeasureAnswer> rows) {
		if (!PointsTable.Edge.HIE_OBJECTIVE.equals(to)) {
			return List.of(to);
		}
		List<String> referralLoops = new ArrayList<>();
		for (MeasureCatalogFile.Row option : catalog.hieOptions()) {
			String id = option.measureId();
			if (catalog.kindOf(id) == MeasureVocabulary.Kind.BOOLEAN && yes(rows, id)) {
				return List.of(id);
			}
			if (catalog.kindOf(id) == MeasureVocabulary.Kind.PROPORTION) {
				referralLoops.add(id);
			}
		}
		return referralLoops.stream().anyMatch(id -> rows.containsKey(id) || excluded(rows, id)) ? referralLoops
				: List.of();
	}

	private int maximum(String id) {
		return table.measures().stream().filter(entry -> entry.measure().equals(id)).mapToInt(e -> half(e.points()))
			.findFirst().orElse(0);
	}

	private boolean excluded(Map<String, MeasureAnswer> rows, String id) {
		MeasureCatalogFile.Row measure = catalog.get(id);
		return measure != null && measure.exclusions().stream().anyMatch(exclusion -> yes(rows, exclusion));
	}

	private static boolean yes(Map<String, MeasureAnswer> rows, String id) {
		MeasureAnswer answer = rows.get(id);
		return answer != null && answer.value() == Attestation.YES;
	}

	private static int half(double points) {
		return (int) Math.round(points * 2);
	}

	/** {@code MEASURE=points;…}, fractions as the table writes them. */
	private static String points(Map<String, Integer> earned) {
		StringJoiner joined = new StringJoiner(";");
		earned.forEach((id, halves) -> joined.add(id + "=" + halves / 2 + (halves % 2 == 0 ? "" : ".5")));
		return joined.toString();
	}
}
