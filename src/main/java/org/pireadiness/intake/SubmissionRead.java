package org.pireadiness.intake;

import java.util.List;

import org.pireadiness.portfolio.PiSet;

/**
 * What one submission file (QPP JSON or QRDA III) came to: its PI sets, its rejected rows, and its tally. Rows of a
 * submission file are its measurements; a rejected file, submission or set is one rejected row, its measurements not
 * counted, so rows read = accepted + rejected.
 *
 * @param otherSets measurement sets of other categories (quality, improvement activities), skipped
 */
public record SubmissionRead(String label, List<PiSet> sets, List<RejectedRow> rejects, long rowsAccepted,
		int otherSets) {

	/** A file that cannot be read at all: one rejected row, nothing else. */
	static SubmissionRead malformed(String label, int line, String message) {
		return new SubmissionRead(label, List.of(), List.of(new RejectedRow(label, line, "", "", RejectCode.MALFORMED_RECORD,
				message)), 0, 0);
	}

	public long rowsRead() {
		return rowsAccepted + rejects.size();
	}
}
