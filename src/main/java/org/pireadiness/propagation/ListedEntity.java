package org.pireadiness.propagation;

import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.rules.SubmissionFindings;

/** An entity the PI sources list, without its submission: what its own PI data came to, then its verdict. */
final class ListedEntity {

	final ReportingEntity entity;

	final SubmissionFindings own;

	/** Whether its PI data came from the exports (a groups.csv row reporting PI), for a set to replace. */
	final boolean exportData;

	/** Set once, when the entities are judged. */
	SourceAssessment verdict;

	ListedEntity(ReportingEntity entity, SubmissionFindings own, boolean exportData) {
		this.entity = entity;
		this.own = own;
		this.exportData = exportData;
	}
}
