package org.pireadiness.intake;

/**
 * One submission file's tally: its rows are its measurements, a rejected file, submission or set one rejected row
 * each, so read = accepted + rejected; and how many PI sets it gave.
 */
public record SubmissionTally(String file, String path, long rowsRead, long rowsAccepted, long rowsRejected,
		int piSets) implements Tally {

	static SubmissionTally of(SubmissionRead read, String path) {
		return new SubmissionTally(read.label(), path, read.rowsRead(), read.rowsAccepted(), read.rejects().size(),
				read.sets().size());
	}
}
