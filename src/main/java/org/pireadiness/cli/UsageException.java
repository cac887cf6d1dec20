package org.pireadiness.cli;

/** A mistake on the command line or in the inputs' shape, reported in one line with exit code 2. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message, null, false, false);
	}
}
