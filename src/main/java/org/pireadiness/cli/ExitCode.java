package org.pireadiness.cli;

/** The exit codes of contract §2. */
public enum ExitCode {
	/** Completed; reports written. */
	COMPLETED(0),
	/** The job failed; the previous reports are untouched and the same command resumes. */
	FAILED(1),
	/** A usage or input error found before processing. */
	USAGE(2),
	/** Completed, and something is at risk, with {@code --fail-on-risk}. */
	AT_RISK(3),
	/** Another run is in progress on the same database or output folder. */
	ALREADY_RUNNING(4),
	/** Stopped by SIGINT (128 + 2, as a shell reports it); the previous reports are untouched. */
	STOPPED_BY_INT(130),
	/** Stopped by SIGTERM (128 + 15); the previous reports are untouched. */
	STOPPED_BY_TERM(143);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** The exit code of a run that a signal ({@code TERM} or {@code INT}) stopped. */
	public static ExitCode stoppedBy(String signal) {
		return "INT".equals(signal) ? STOPPED_BY_INT : STOPPED_BY_TERM;
	}
}
