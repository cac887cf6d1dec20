package org.pireadiness.intake;

/**
 * One submission file's tally: its rows are its measurements, a rejected file, submission or set one rejected row
 * each, so read = accepted + rejected; how many PI sets CMS would take from it, and how many of its submissions CMS
 * would refuse whole (contract §7.4).
 */
public record SubmissionTally(String file, String path, long rowsRead, long rowsAccepted, long rowsRejected,
		int piSets, int submissionsRefused) implements Tally {
}
