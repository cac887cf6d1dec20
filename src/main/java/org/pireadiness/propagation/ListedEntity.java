package org.pireadiness.propagation;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.rules.SubmissionFindings;

/** An entity the PI sources list, without its submission: what its own PI data came to, then its verdict. */
final class ListedEntity {

	final ReportingEntity entity;

	final SubmissionFindings own;

	/** Whether its PI data came from the exports (a groups.csv row reporting PI), for a set to replace. */
	final boolean exportData;

	/** Whether {@code groups.csv} lists it (rather than a submission file naming it). */
	final boolean inGroupsFile;

	/** Set once, when the entities are judged. */
	SourceAssessment verdict;

	ListedEntity(ReportingEntity entity, SubmissionFindings own, boolean exportData, boolean inGroupsFile) {
		this.entity = entity;
		this.own = own;
		this.exportData = exportData;
		this.inGroupsFile = inGroupsFile;
	}

	/** An entity a submission file names that the exports lack (contract §7.2). */
	static ListedEntity namedBySubmission(EntityRef ref) {
		return new ListedEntity(ReportingEntity.namedBySubmission(ref), SubmissionFindings.NONE, false, false);
	}
}
