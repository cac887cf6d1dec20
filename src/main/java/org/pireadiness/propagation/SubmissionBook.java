package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.portfolio.RefusedSubmission;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.MeasureRules;
import org.pireadiness.rules.ScoreEstimate;
import org.pireadiness.rules.ScoreEstimator;
import org.pireadiness.rules.SubmissionFindings;
import org.pireadiness.rules.SubmissionRules;

/**
 * What the submission files say of each entity they name (contract §7.2, §7.4), in file order then set order: the PI
 * sets CMS would take, each judged on its own data as it is read (its CEHRT ID, period, attestations, and its
 * measurements as a payload is judged: every measurement in it is sent), so only its findings are kept; and the
 * submissions CMS would refuse whole. The checklist joins them when the entity is judged.
 */
public final class SubmissionBook {

	/** A set as judged on its own data, with the file it came from and, without findings, its estimated score. */
	public record JudgedSet(String file, SubmissionFindings own, ScoreEstimate estimate) {
	}

	/** What the files say of one entity: its sets CMS would take, and its submissions CMS would refuse. */
	public record Named(List<JudgedSet> sets, List<RefusedSubmission> refusals) {

		static final Named NONE = new Named(List.of(), List.of());

		/** Whether a file names the entity with a PI set: it then takes its PI data from its files only. */
		public boolean any() {
			return !sets.isEmpty() || !refusals.isEmpty();
		}
	}

	private final SubmissionRules rules;

	private final MeasureRules measures;

	private final ScoreEstimator estimator;

	private final Map<EntityRef, Named> named = new LinkedHashMap<>();

	public SubmissionBook(SubmissionRules rules, MeasureRules measures, ScoreEstimator estimator) {
		this.rules = rules;
		this.measures = measures;
		this.estimator = estimator;
	}

	/** Adds one set CMS would take; called on one thread, in file order. */
	public void add(PiSet set) {
		SubmissionFindings own = rules.assess(set.submission());
		List<Finding> findings = new ArrayList<>(own.findings());
		findings.addAll(measures.assess(set.measures(), MeasureRules.Presence.PAYLOAD));
		ScoreEstimate estimate = findings.isEmpty() ? estimator.estimate(set.measures()) : ScoreEstimate.NONE;
		entry(set.entity()).sets().add(new JudgedSet(set.file(), SubmissionFindings.of(findings, own.warnings()), estimate));
	}

	/** Adds one submission CMS would refuse; called on one thread, in file order. */
	public void refuse(RefusedSubmission refusal) {
		entry(refusal.entity()).refusals().add(refusal);
	}

	private Named entry(EntityRef entity) {
		return named.computeIfAbsent(entity, ref -> new Named(new ArrayList<>(), new ArrayList<>()));
	}

	/** What the files say of the entity; nothing when no file names it. */
	public Named of(EntityRef entity) {
		return named.getOrDefault(entity, Named.NONE);
	}

	/** The entity's sets CMS would take, in file order then set order. */
	public List<JudgedSet> setsOf(EntityRef entity) {
		return of(entity).sets();
	}

	/** Every entity a file names with a PI set, taken or refused. */
	public Set<EntityRef> entities() {
		return named.keySet();
	}
}
