package org.pireadiness.propagation;

import java.util.List;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;

/**
 * The verdict of one clinician path.
 *
 * @param source the PI source's verdict; null for a path that is not MIPS eligible
 * @param dependsOn the entities this path's PI comes from: its own entity, and for a subgroup its group too
 */
public record PathOutcome(ClinicianRow row, ClinicianStatus status, SourceAssessment source,
		List<EntityRef> dependsOn) {

	/**
	 * Whose findings the path inherits: its PI source, or null when the findings are the clinician's own (or the
	 * path has none).
	 */
	EntityRef inheritedFrom() {
		return source == null || row.reportingLevel() == EntityType.INDIVIDUAL ? null : source.source();
	}
}
