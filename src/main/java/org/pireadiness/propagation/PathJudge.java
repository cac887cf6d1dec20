package org.pireadiness.propagation;

import java.util.List;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;

/** Judges each clinician path by its PI source (contract §5.4); holds no state, so it may run on any thread. */
public final class PathJudge {

	private final PiSources sources;

	public PathJudge(PiSources sources) {
		this.sources = sources;
	}

	public PathOutcome judge(ClinicianRow row) {
		if (!row.mipsEligible()) {
			return new PathOutcome(row, ClinicianStatus.NOT_ELIGIBLE, null, List.of());
		}
		SourceAssessment source = sources.forPath(row);
		EntityRef group = row.reportingLevel() == EntityType.SUBGROUP ? sources.affiliatedGroup(row.path()) : null;
		List<EntityRef> dependsOn = group == null ? List.of(row.path()) : List.of(row.path(), group);
		return new PathOutcome(row, source.status(), source, dependsOn);
	}
}
