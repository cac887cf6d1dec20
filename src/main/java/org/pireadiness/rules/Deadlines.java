package org.pireadiness.rules;

import java.time.LocalDate;

/**
 * The year's deadlines (contract §8.1), data in {@code performance-years.yml} like every rule, so a date CMS moves
 * is an override, not a new build. The latest start of a period of the minimum length is derived, not stored.
 *
 * @param selfAssessmentDue the Security Risk Analysis and the SAFER self-assessment are done by this day
 * @param submissionCloses the last day of the submission window
 * @param hardshipApplicationCloses the last day to apply for a PI hardship exception (reweighting)
 */
public record Deadlines(LocalDate selfAssessmentDue, LocalDate submissionCloses,
		LocalDate hardshipApplicationCloses) {

	public Deadlines {
		Required.present("self-assessment-due", selfAssessmentDue);
		Required.present("submission-closes", submissionCloses);
		Required.present("hardship-application-closes", hardshipApplicationCloses);
	}
}
