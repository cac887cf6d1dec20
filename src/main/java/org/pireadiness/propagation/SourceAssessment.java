package org.pireadiness.propagation;

import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.ScoreEstimate;
import org.pireadiness.rules.Warning;

/**
 * The PI verdict of one PI source (contract §5.4), shared by every path whose PI comes from it.
 *
 * @param source the entity whose PI data was judged, or the one that is missing
 * @param status READY, REWEIGHTED or AT_RISK
 * @param piData where the PI data judged came from ({@code export}); empty when the source reports none
 * @param estimate for a READY source with measure data, its estimated PI score (contract v3 §9); else none
 */
public record SourceAssessment(EntityRef source, ClinicianStatus status, List<Finding> findings,
		Set<Warning> warnings, String piData, ScoreEstimate estimate) {

	/** A verdict without an estimated score: not READY, or READY without measure data. */
	public SourceAssessment(EntityRef source, ClinicianStatus status, List<Finding> findings, Set<Warning> warnings,
			String piData) {
		this(source, status, findings, warnings, piData, ScoreEstimate.NONE);
	}

	/** Where the PI data of the export columns and {@code pi_measures.csv} is said to come from. */
	public static final String EXPORT = "export";

	public boolean atRisk() {
		return status == ClinicianStatus.AT_RISK;
	}
}
