package org.pireadiness.rules;

import java.util.List;

/**
 * What one entity's measure rows come to, as the measure book keeps it: their findings, or, with none, the estimated
 * score (contract v3 §9) — one value per entity, as a national run keeps a quarter of a million.
 */
sealed interface MeasureVerdict permits MeasureVerdict.Found, ScoreEstimate {

	List<Finding> findings();

	/** Rows with findings (entities with the same findings share one). */
	record Found(List<Finding> findings) implements MeasureVerdict {
	}
}
