package org.pireadiness.intake;

import java.io.IOException;
import java.io.Reader;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Feeds Commons CSV only well-formed records, one per line of text, and remembers the line each one started on;
 * malformed records go to {@code malformed} instead.
 */
final class FramedReader extends Reader {

	private final FramedRecords framer;

	private final Consumer<RecordFramer.Framed> malformed;

	/** Start lines of records served but not yet claimed, as a ring: Commons CSV reads ahead by a record at most. */
	private int[] startLines = new int[8];

	private int firstUnclaimed;

	private int unclaimed;

	private String current = "";

	private int position;

	private boolean ended;

	private boolean lineEndDue;

	FramedReader(FramedRecords framer, Consumer<RecordFramer.Framed> malformed) {
		this.framer = framer;
		this.malformed = malformed;
	}

	/** The line on which the oldest record not yet claimed started. */
	int claimStartLine() {
		if (unclaimed == 0) {
			throw new NoSuchElementException("no record to claim");
		}
		int line = startLines[firstUnclaimed];
		firstUnclaimed = (firstUnclaimed + 1) % startLines.length;
		unclaimed--;
		return line;
	}

	private void addStartLine(int line) {
		if (unclaimed == startLines.length) {
			int[] larger = new int[startLines.length * 2];
			for (int i = 0; i < unclaimed; i++) {
				larger[i] = startLines[(firstUnclaimed + i) % startLines.length];
			}
			startLines = larger;
			firstUnclaimed = 0;
		}
		startLines[(firstUnclaimed + unclaimed) % startLines.length] = line;
		unclaimed++;
	}

	/** Serves the record's text, then its line end (appended here rather than copied onto every record). */
	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (position == current.length()) {
			if (lineEndDue) {
				lineEndDue = false;
				buffer[offset] = '\n';
				return 1;
			}
			if (!advance()) {
				return -1;
			}
		}
		int count = Math.min(length, current.length() - position);
		current.getChars(position, position + count, buffer, offset);
		position += count;
		return count;
	}

	private boolean advance() throws IOException {
		while (!ended) {
			RecordFramer.Framed record = framer.next();
			if (record == null) {
				ended = true;
			}
			else if (record.wellFormed()) {
				addStartLine(record.line());
				current = record.text();
				lineEndDue = true;
				position = 0;
				return true;
			}
			else {
				malformed.accept(record);
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		framer.close();
	}
}
