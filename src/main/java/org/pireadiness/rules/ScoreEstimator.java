package org.pireadiness.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.pireadiness.intake.MeasureCatalogFile;
import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * The estimated PI score of one entity's measure data by the year's points table (contract v3 §9.1). Points are
 * counted in halves, as the table's fractions are (12.5), so the arithmetic is exact: a proportion earns its maximum
 * × numerator / denominator rounded half up to a whole number, at least 1 when the numerator is; the sum and the
 * bonus are capped at 100 and rounded half up. The table is laid out once, by measure id, as a national run estimates
 * a quarter of a million entities.
 */
public final class ScoreEstimator {

	private static final int CAP = 200;

	/** Every measure of the table, the bonus measures too, in measure id order: how an estimate keeps its points. */
	private final List<String> ids;

	/** Per measure: its half points at its maximum (0 for a bonus measure), confidence, kind and exclusions. */
	private final int[] maximum;

	private final Confidence[] confidence;

	private final boolean[] proportion;

	private final boolean[] creditWhenReported;

	private final List<List<String>> exclusions;

	/** The bonus measures' indexes in id order (the first met carries the bonus), their confidences, the bonus. */
	private final int[] bonus;

	private final Confidence[] bonusConfidence;

	private final int bonusHalves;

	private final List<Edge> edges;

	/** The HIE options as the catalogue orders them: each yes/no one alone, the referral loops together. */
	private final List<String> yesNoOptions = new ArrayList<>();

	private final List<String> referralLoops = new ArrayList<>();

	/** An edge with its measures as indexes; {@code to} is -1 for the HIE objective. */
	private record Edge(int[] excluded, int[] unless, int to, int amount, Confidence confidence) {
	}

	public ScoreEstimator(MeasureCatalog catalog, PointsTable table) {
		TreeSet<String> sorted = new TreeSet<>();
		table.measures().forEach(entry -> sorted.add(entry.measure()));
		table.bonus().measures().forEach(entry -> sorted.add(entry.measure()));
		this.ids = List.copyOf(sorted);
		int n = ids.size();
		maximum = new int[n];
		confidence = new Confidence[n];
		proportion = new boolean[n];
		creditWhenReported = new boolean[n];
		exclusions = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String id = ids.get(i);
			MeasureCatalogFile.Row row = catalog.get(id);
			exclusions.add(row == null ? List.of() : row.exclusions());
			proportion[i] = catalog.kindOf(id) == MeasureVocabulary.Kind.PROPORTION;
			creditWhenReported[i] = table.creditWhenReported().contains(id);
			confidence[i] = Confidence.HIGH;
		}
		table.measures().forEach(entry -> {
			maximum[ids.indexOf(entry.measure())] = half(entry.points());
			confidence[ids.indexOf(entry.measure())] = entry.confidence();
		});
		List<PointsTable.BonusMeasure> bonusMeasures = new ArrayList<>(table.bonus().measures());
		bonusMeasures.sort((a, b) -> a.measure().compareTo(b.measure()));
		bonus = bonusMeasures.stream().mapToInt(entry -> ids.indexOf(entry.measure())).toArray();
		bonusConfidence = bonusMeasures.stream().map(PointsTable.BonusMeasure::confidence).toArray(Confidence[]::new);
		bonusHalves = half(table.bonus().points());
		edges = table.redistribution().stream().map(edge -> new Edge(indexes(edge.excluded()),
				indexes(edge.unlessExcluded()), PointsTable.Edge.HIE_OBJECTIVE.equals(edge.to()) ? -1 : ids.indexOf(edge.to()),
				edge.excluded().stream().mapToInt(id -> maximum[ids.indexOf(id)]).sum(), edge.confidence()))
			.toList();
		for (MeasureCatalogFile.Row option : catalog.hieOptions()) {
			(catalog.kindOf(option.measureId()) == MeasureVocabulary.Kind.PROPORTION ? referralLoops : yesNoOptions)
				.add(option.measureId());
		}
	}

	/** The estimate of data whose measure findings are none: what CMS's scorer would likely give it. */
	public ScoreEstimate estimate(Map<String, MeasureAnswer> rows) {
		int n = ids.size();
		boolean[] excluded = new boolean[n];
		for (int i = 0; i < n; i++) {
			for (String exclusion : exclusions.get(i)) {
				excluded[i] |= yes(rows, exclusion);
			}
		}
		Confidence used = Confidence.HIGH;
		int[] max = maximum.clone();
		for (Edge edge : edges) {
			if (IntStream.of(edge.excluded()).allMatch(i -> excluded[i])
					&& IntStream.of(edge.unless()).noneMatch(i -> excluded[i])) {
				int[] targets = edge.to() >= 0 ? new int[] { edge.to() } : hieOption(rows, excluded);
				for (int target : targets) {
					max[target] += edge.amount() / targets.length;
				}
				used = targets.length == 0 ? used : used.atMost(edge.confidence());
			}
		}
		byte[] halves = new byte[n];
		int total = 0;
		int bestGain = -1;
		int bestGainHalves = 0;
		for (int i = 0; i < n; i++) {
			int got = earned(rows, i, max[i], excluded[i]);
			if (got > 0) {
				halves[i] = (byte) got;
				total += got;
				used = used.atMost(confidence[i]);
			}
			boolean reported = rows.containsKey(ids.get(i)) && !excluded[i];
			if (reported && max[i] - got > bestGainHalves) { // ids are in order: a tie keeps the smaller id
				bestGain = i;
				bestGainHalves = max[i] - got;
			}
		}
		int carrier = -1;
		for (int b = 0; b < bonus.length && carrier < 0; b++) {
			if (yes(rows, ids.get(bonus[b]))) {
				carrier = bonus[b];
				halves[carrier] = (byte) (Byte.toUnsignedInt(halves[carrier]) + bonusHalves);
				total += bonusHalves;
				used = used.atMost(bonusConfidence[b]);
			}
		}
		if (carrier < 0 && bonus.length > 0 && bonusHalves > bestGainHalves) {
			bestGain = bonus[0];
			bestGainHalves = bonusHalves;
		}
		int score = (Math.min(CAP, total) + 1) / 2;
		int gain = Math.min((bestGainHalves + 1) / 2, 100 - score);
		return new ScoreEstimate(score, used, halves, ids, gain > 0 ? bestGain : -1, Math.max(0, gain));
	}

	/** Half points the measure at index {@code i} earns of its maximum {@code max}. */
	private int earned(Map<String, MeasureAnswer> rows, int i, int max, boolean excluded) {
		MeasureAnswer answer = rows.get(ids.get(i));
		if (creditWhenReported[i] && (answer != null || excluded)) {
			return max;
		}
		if (answer == null || excluded || max == 0) {
			return 0;
		}
		if (!proportion[i]) {
			return answer.value() == Attestation.YES ? max : 0;
		}
		if (answer.denominator() <= 0) {
			return 0;
		}
		// max / 2 × numerator / denominator, rounded half up: floor((max × n + d) / 2d)
		long whole = (max * answer.numerator() + answer.denominator()) / (2 * answer.denominator());
		return (int) Math.max(whole, answer.numerator() >= 1 ? 1 : 0) * 2;
	}

	/** The HIE option the data uses: a yes/no option met, else the referral loops when reported or excluded. */
	private int[] hieOption(Map<String, MeasureAnswer> rows, boolean[] excluded) {
		for (String option : yesNoOptions) {
			if (yes(rows, option) && ids.contains(option)) {
				return new int[] { ids.indexOf(option) };
			}
		}
		int[] loopIndexes = indexes(referralLoops);
		boolean loops = referralLoops.stream().anyMatch(rows::containsKey)
				|| IntStream.of(loopIndexes).anyMatch(i -> excluded[i]);
		return loops ? loopIndexes : new int[0];
	}

	private int[] indexes(List<String> measures) {
		return measures.stream().mapToInt(ids::indexOf).filter(index -> index >= 0).toArray();
	}

	private static boolean yes(Map<String, MeasureAnswer> rows, String id) {
		MeasureAnswer answer = rows.get(id);
		return answer != null && answer.value() == Attestation.YES;
	}

	private static int half(double points) {
		return (int) Math.round(points * 2);
	}
}
