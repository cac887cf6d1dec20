package org.pireadiness.intake.submission;

import java.util.ArrayList;
import java.util.List;

import org.pireadiness.intake.RejectedRow;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.portfolio.RefusedSubmission;

/** What a QPP JSON file gives as its submissions are read, one after another; {@link #read()} once it ends. */
final class FileContents {

	final List<PiSet> sets = new ArrayList<>();

	final List<RefusedSubmission> refusals = new ArrayList<>();

	final List<RejectedRow> rejects = new ArrayList<>();

	long accepted;

	int otherSets;

	int unattributed;

	private final String label;

	FileContents(String label) {
		this.label = label;
	}

	SubmissionRead read() {
		return new SubmissionRead(label, sets, refusals, rejects, accepted, otherSets, unattributed);
	}
}
