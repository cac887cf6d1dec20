package org.pireadiness.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * The rows of {@code pi_measures.csv} by entity, judged by the year's measure rules once the file is read. When the
 * file is not given, measure checks are skipped: every entity gets no measure finding.
 * <p>
 * Until then each entity's rows are kept packed, three {@code long}s a row ({@link PackedAnswers}), not as a map of
 * records: at national size (3.1 million rows) the records and their maps took about 600 MB, and the job, run with
 * the wrapper's 700 MB heap, spent minutes in full collections and did not finish; packed, the rows take about
 * 80 MB.
 */
public final class MeasureBook {

	private static final List<Finding> NO_ROWS = List.of(Finding.of(ReasonCode.PI_MEASURES_MISSING));

	private final MeasureRules rules;

	private final ScoreEstimator estimator;

	private final List<String> measureIds;

	private final Map<String, Integer> measureIndex = new HashMap<>();

	private Map<EntityRef, PackedAnswers> rows = new HashMap<>();

	/** Each entity's findings once sealed (entities with the same findings share one), or its estimate without. */
	private final Map<EntityRef, MeasureVerdict> judged = new HashMap<>();

	private boolean sealed;

	private MeasureBook(MeasureRules rules, ScoreEstimator estimator) {
		this.rules = rules;
		this.estimator = estimator;
		this.measureIds = rules == null ? List.of() : List.copyOf(rules.catalog().ids());
		for (int i = 0; i < measureIds.size(); i++) {
			measureIndex.put(measureIds.get(i), i);
		}
	}

	public static MeasureBook skipped() {
		MeasureBook skipped = new MeasureBook(null, null);
		skipped.seal();
		return skipped;
	}

	/** @param estimator the year's estimate of an entity's score from its rows */
	public static MeasureBook checkedBy(MeasureRules rules, ScoreEstimator estimator) {
		return new MeasureBook(rules, estimator);
	}

	public boolean checked() {
		return rules != null;
	}

	public void add(MeasureAnswer answer) {
		if (sealed) {
			throw new IllegalStateException("the measure book is sealed: it takes no more rows");
		}
		Integer measure = measureIndex.get(answer.measureId());
		if (measure == null) {
			throw new IllegalArgumentException("not a measure of the year's catalogue: " + answer.measureId());
		}
		rows.computeIfAbsent(answer.entity(), entity -> new PackedAnswers()).add(measure, answer);
	}

	/**
	 * Ends the filling: each entity's rows are judged, and only the findings are kept. The rules read of each measure
	 * only whether it was sent, met, or answered YES, so entities whose rows agree on those have the same findings:
	 * the benchmark's national file has 254,316 entities of 1,367 shapes, each shape judged once.
	 */
	public void seal() {
		if (sealed) {
			return;
		}
		Map<List<Finding>, MeasureVerdict.Found> byFindings = new HashMap<>();
		Map<String, List<Finding>> byShape = new HashMap<>();
		rows.forEach((entity, answers) -> {
			List<Finding> findings = byShape.computeIfAbsent(answers.shape(measureIds.size()),
					shape -> List.copyOf(rules.assess(answers.unpack(entity, measureIds))));
			judged.put(entity, findings.isEmpty() ? estimator.estimate(answers.unpack(entity, measureIds))
					: byFindings.computeIfAbsent(findings, MeasureVerdict.Found::new));
		});
		rows = Map.of();
		sealed = true;
	}

	/**
	 * Lets go of every verdict but those of individual submissions, once the listed entities are judged: those are
	 * asked for only then, and a national run needs the heap for its reports (its entities' estimates are kept by
	 * their verdicts from then on). An entity let go of reads as having no rows.
	 */
	public void keepIndividualsOnly() {
		judged.keySet().removeIf(entity -> entity.type() != EntityType.INDIVIDUAL);
	}

	/** The estimated score of an entity whose rows have no finding; none otherwise, or when the checks are skipped. */
	public ScoreEstimate estimate(EntityRef entity) {
		return judged.get(entity) instanceof ScoreEstimate estimate ? estimate : ScoreEstimate.NONE;
	}

	/** The measure findings of an entity that reports PI; none when the checks are skipped. */
	public List<Finding> findings(EntityRef entity) {
		if (!checked()) {
			return List.of();
		}
		if (!sealed) {
			throw new IllegalStateException("the measure book is read only once its file has been read");
		}
		MeasureVerdict verdict = judged.get(entity);
		return verdict == null ? NO_ROWS : verdict.findings();
	}
}
