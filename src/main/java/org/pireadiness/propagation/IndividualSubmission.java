package org.pireadiness.propagation;

import org.pireadiness.portfolio.EntityRef;

/**
 * A MIPS eligible clinician's own INDIVIDUAL path, as the reports list it among the reporting entities.
 *
 * @param name {@code last, first} as the row gave them
 */
public record IndividualSubmission(EntityRef ref, String name, SourceAssessment source) {

	static IndividualSubmission of(PathOutcome outcome) {
		var row = outcome.row();
		String name = row.lastName().isEmpty() || row.firstName().isEmpty() ? row.lastName() + row.firstName()
				: row.lastName() + ", " + row.firstName();
		return new IndividualSubmission(row.path(), name, outcome.source());
	}
}
