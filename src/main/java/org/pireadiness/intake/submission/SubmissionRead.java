package org.pireadiness.intake.submission;

import java.util.List;

import org.pireadiness.intake.RejectCode;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.intake.SubmissionTally;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.portfolio.RefusedSubmission;

/**
 * What one submission file (QPP JSON or QRDA III) came to: the PI sets of the submissions CMS would take, the
 * submissions it would refuse whole (contract §7.4), its rejected rows, and its tally. Rows of a submission file are
 * its measurements; a rejected file, submission or set is one rejected row, its measurements not counted, so rows
 * read = accepted + rejected.
 *
 * @param refusals the refused submissions whose entity can be told
 * @param unattributed the refused submissions whose entity cannot be told (a file that cannot be parsed, an unknown
 * type, a bad TIN or NPI, a missing entity id)
 * @param otherSets measurement sets of other categories (quality, improvement activities), skipped
 */
public record SubmissionRead(String label, List<PiSet> sets, List<RefusedSubmission> refusals,
		List<RejectedRow> rejects, long rowsAccepted, int otherSets, int unattributed) {

	/** A file that cannot be read at all: one rejected row, one refused submission that names no entity. */
	static SubmissionRead malformed(String label, int line, String message) {
		return new SubmissionRead(label, List.of(), List.of(),
				List.of(new RejectedRow(label, line, "", "", RejectCode.MALFORMED_RECORD, message)), 0, 0, 1);
	}

	public long rowsRead() {
		return rowsAccepted + rejects.size();
	}

	/** The submissions CMS would refuse, whether or not their entity can be told. */
	public int refused() {
		return refusals.size() + unattributed;
	}

	/** @param path the file's path, as the summary gives it */
	public SubmissionTally tally(String path) {
		return new SubmissionTally(label, path, rowsRead(), rowsAccepted, rejects.size(), sets.size(), refused());
	}

	/** The problem a refusal names: its first rejected row. */
	static String problem(RejectedRow row) {
		return "line " + row.line() + ": " + row.code() + (row.value().isEmpty() ? "" : " " + row.value()) + ", "
				+ row.message();
	}
}
