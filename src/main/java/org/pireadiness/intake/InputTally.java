package org.pireadiness.intake;

/** Rows read, accepted and rejected for one CSV input file: read = accepted + rejected, always. */
public record InputTally(String file, String path, long rowsRead, long rowsAccepted, long rowsRejected)
		implements Tally {
}
