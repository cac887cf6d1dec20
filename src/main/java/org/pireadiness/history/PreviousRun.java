package org.pireadiness.history;

import java.time.LocalDate;

/**
 * The run that made the reports already in the output folder, as their {@code summary.json} names it.
 *
 * @param runId the run's id
 * @param asOf the date its reports were made for
 */
public record PreviousRun(String runId, LocalDate asOf) {

	/**
	 * Why the history starts again when the job repository does not know this run (issue 28), as the log and the page
	 * say it.
	 */
	public String restartReason() {
		return "the reports in the output folder came from run " + runId + " (as of " + asOf + "), which the job "
				+ "repository does not know: it was damaged, replaced, or is another one, so the history starts again "
				+ "with this run (no changes listed, a trend of one point)";
	}
}
