package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the lines (LF, CRLF or CR) of a UTF-8 text keeping at most {@code maxChars} of each: the rest of a longer
 * line is read past, not held, so a file that is one enormous line cannot exhaust memory.
 * <p>
 * Lines are cut out of the bytes and each is decoded on its own (a line end is one byte that no UTF-8 sequence
 * contains, so this decodes as a decoder over the whole text would): a national file's 9.5 million lines then cost
 * one scan and one copy each, not a decoding pass into characters and a scan of those (issue 29).
 */
final class BoundedLineReader implements Closeable {

	private final InputStream in;

	private final int maxChars;

	/** At most this many bytes of a line are held: they decode to more than {@code maxChars} characters. */
	private final int maxBytes;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	/** A line that straddles fills of the buffer, as far as it is held. */
	private byte[] pending = new byte[0];

	private int pendingLength;

	private boolean skipLineFeed;

	private boolean lastLineCut;

	BoundedLineReader(InputStream in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
		// a character takes at most three bytes, or four for two (a surrogate pair)
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, 3L * maxChars + 3);
	}

	/** The next line without its end, or null at the end of the input; see {@link #lastLineCut()}. */
	String readLine() throws IOException {
		boolean straddles = false;
		boolean dropped = false;
		pendingLength = 0;
		while (true) {
			if (position == limit && !fill()) {
				return straddles ? line(pending, 0, pendingLength, dropped) : null;
			}
			if (skipLineFeed) {
				skipLineFeed = false;
				if (buffer[position] == '\n') {
					position++;
					continue;
				}
			}
			int start = position;
			int end = lineEnd(start);
			if (end < limit) {
				skipLineFeed = buffer[end] == '\r';
				position = end + 1;
				if (!straddles) {
					return line(buffer, start, end - start, false);
				}
				dropped |= !hold(start, end);
				return line(pending, 0, pendingLength, dropped);
			}
			straddles = true;
			dropped |= !hold(start, limit);
			position = limit;
		}
	}

	private int lineEnd(int from) {
		int at = from;
		while (at < limit && buffer[at] != '\n' && buffer[at] != '\r') {
			at++;
		}
		return at;
	}

	/**
	 * Keeps the buffer's bytes from {@code start} to {@code end} of a straddling line; false if some were past the
	 * bound.
	 */
	private boolean hold(int start, int end) {
		int kept = Math.min(end - start, maxBytes - pendingLength);
		if (pendingLength + kept > pending.length) {
			pending = Arrays.copyOf(pending, Math.max(pendingLength + kept, Math.min(maxBytes, 2 * pending.length)));
		}
		System.arraycopy(buffer, start, pending, pendingLength, kept);
		pendingLength += kept;
		return kept == end - start;
	}

	private String line(byte[] bytes, int offset, int length, boolean dropped) {
		String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
		lastLineCut = dropped || text.length() > maxChars;
		return text.length() > maxChars ? text.substring(0, maxChars) : text;
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
