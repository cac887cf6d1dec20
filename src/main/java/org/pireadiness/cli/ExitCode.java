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
	ALREADY_RUNNING(4);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
