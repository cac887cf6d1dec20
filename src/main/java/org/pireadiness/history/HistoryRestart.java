package org.pireadiness.history;

import java.time.LocalDate;

/**
 * The history starting again (issue 28): the reports in the output folder came from a run the job repository does not
 * know (it was damaged, replaced, or is another one), so nothing can be compared with them and the trend starts anew.
 *
 * @param previousRunId the run of the reports in the output folder
 * @param previousAsOf the date they were made for
 */
public record HistoryRestart(String previousRunId, LocalDate previousAsOf) {

	/** Why the trend and what changed start again, as the log and the page say it. */
	public String text() {
		return "the reports in the output folder came from run " + previousRunId + " (as of " + previousAsOf
				+ "), which the job repository does not know: it was damaged, replaced, or is another one, so the "
				+ "history starts again with this run (no changes listed, a trend of one point)";
	}
}
