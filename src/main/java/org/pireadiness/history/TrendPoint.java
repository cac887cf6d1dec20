package org.pireadiness.history;

import java.time.LocalDate;

/** One successful run in the trend (contract §8.4): how many clinicians (TIN/NPIs) and entities were at risk. */
public record TrendPoint(String runId, LocalDate asOf, int atRiskClinicians, int atRiskEntities) {
}
