package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (LF, CRLF or CR) keeping at most {@code maxChars} of each: the rest of a longer line is read past,
 * not held, so a file that is one enormous line cannot exhaust memory.
 */
final class BoundedLineReader implements Closeable {

	private final Reader in;

	private final int maxChars;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private boolean skipLineFeed;

	private boolean lastLineCut;

	BoundedLineReader(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/** The next line without its end, or null at the end of the input; see {@link #lastLineCut()}. */
	String readLine() throws IOException {
		StringBuilder text = null;
		boolean cut = false;
		while (true) {
			if (position == limit && !fill()) {
				lastLineCut = cut;
				return text == null ? null : text.toString();
			}
			if (skipLineFeed) {
				skipLineFeed = false;
				if (buffer[position] == '\n') {
					position++;
					continue;
				}
			}
			int start = position;
			while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
				position++;
			}
			if (text == null && position < limit && position - start <= maxChars) {
				// the whole line is in the buffer, as nearly every line is: one copy, no builder
				String whole = new String(buffer, start, position - start);
				skipLineFeed = buffer[position] == '\r';
				position++;
				lastLineCut = false;
				return whole;
			}
			if (text == null) {
				text = new StringBuilder(Math.min(position - start, maxChars));
			}
			int room = maxChars - text.length();
			int length = position - start;
			text.append(buffer, start, Math.min(length, room));
			cut |= length > room;
			if (position < limit) {
				skipLineFeed = buffer[position] == '\r';
				position++;
				lastLineCut = cut;
				return text.toString();
			}
		}
	}

	/** Whether the line last read was longer than the limit, and cut there. */
	boolean lastLineCut() {
		return lastLineCut;
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer, 0, buffer.length);
		if (read <= 0) {
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
