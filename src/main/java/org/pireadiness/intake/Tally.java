package org.pireadiness.intake;

/** Rows read, accepted and rejected for one input file: read = accepted + rejected, always. */
public sealed interface Tally permits InputTally, SubmissionTally {

	String file();

	long rowsRead();

	long rowsAccepted();

	long rowsRejected();
}
