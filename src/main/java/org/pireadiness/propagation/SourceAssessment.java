package org.pireadiness.propagation;

import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.Warning;

/**
 * The PI verdict of one PI source (contract §5.4), shared by every path whose PI comes from it.
 *
 * @param source the entity whose PI data was judged, or the one that is missing
 * @param status READY, REWEIGHTED or AT_RISK
 */
public record SourceAssessment(EntityRef source, ClinicianStatus status, List<Finding> findings,
		Set<Warning> warnings) {

	public boolean atRisk() {
		return status == ClinicianStatus.AT_RISK;
	}
}
