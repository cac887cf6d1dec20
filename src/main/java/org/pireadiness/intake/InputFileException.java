package org.pireadiness.intake;

/**
 * An input file that cannot be processed at all (missing, unreadable, no header, a required column missing): a
 * user's mistake reported in one line, exit code 2.
 */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

	public InputFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
