package org.pireadiness.propagation;

import java.util.List;

import org.pireadiness.portfolio.EntityRef;

/**
 * What the reports need of one at-risk path of a TIN/NPI that has no better path: the clinician's name as the
 * row gave it, and the findings with the entity they come from. Kept instead of the whole row, as a national run
 * holds a couple of hundred thousand of them until the reports are written.
 *
 * @param inheritedFrom the PI source whose findings the path inherits; null for the clinician's own submission
 */
record AtRiskPath(String lastName, String firstName, EntityRef inheritedFrom, SourceAssessment source)
		implements AtRiskPaths {

	static AtRiskPath of(PathOutcome outcome) {
		var row = outcome.row();
		return new AtRiskPath(row.lastName(), row.firstName(), outcome.inheritedFrom(), outcome.source());
	}

	@Override
	public List<AtRiskPath> list() {
		return List.of(this);
	}

	String inheritedFromLabel() {
		return inheritedFrom == null ? "" : inheritedFrom.label();
	}
}
