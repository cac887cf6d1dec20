package org.pireadiness.intake;

/** What one framed record splits into: its cells as a {@link Row}, or why it cannot be split. */
sealed interface Split permits Row, Split.Malformed {

	/** A record that cannot be split into cells, by the line it starts on. */
	record Malformed(int line, String text, String reason) implements Split {
	}
}
