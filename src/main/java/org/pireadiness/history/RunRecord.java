package org.pireadiness.history;

import java.time.LocalDate;
import java.util.List;

/**
 * What the history keeps of one successful run: its subjects at risk, for the next run's changes, and its counts,
 * for the trend.
 *
 * @param byTin each TIN's counts, when the run wrote a page per TIN; empty otherwise
 */
public record RunRecord(String runId, LocalDate asOf, List<AtRisk> atRisk, int atRiskClinicians, int atRiskEntities,
		List<TinAtRisk> byTin) {

	public TrendPoint point() {
		return new TrendPoint(runId, asOf, atRiskClinicians, atRiskEntities);
	}
}
