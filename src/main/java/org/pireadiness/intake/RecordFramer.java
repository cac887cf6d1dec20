package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a CSV text into records along RFC 4180 quoting. Commons CSV cannot resume after a malformed record (its
 * lexer is lost mid-token), so this class decides where each record ends first: a record that is malformed is
 * reported as the one line it starts on, and the lines it had swallowed are read again as records of their own.
 */
final class RecordFramer implements Closeable {

	/**
	 * A record's text with its starting line; {@code malformation} is null for a well-formed record, and
	 * {@code quoted} says whether its text holds a quote, as the framer found while framing it (so the cells are
	 * split without looking again).
	 */
	record Framed(int line, String text, boolean quoted, String malformation) {

		static Framed unquoted(int line, String text) {
			return new Framed(line, text, false, null);
		}

		static Framed quoted(int line, String text) {
			return new Framed(line, text, true, null);
		}

		static Framed malformed(int line, String text, String malformation) {
			return new Framed(line, text, true, malformation);
		}

		boolean wellFormed() {
			return malformation == null;
		}
	}

	private record Line(int number, String text, boolean cut) {
	}

	private final BoundedLineReader in;

	private final int maxLinesPerRecord;

	private final int maxLineChars;

	private final ArrayDeque<Line> readAgain = new ArrayDeque<>();

	private int lastLineNumber;

	/** The current line: its number, its text, and whether it was cut at the length limit. */
	private int number;

	private String text;

	private boolean cut;

	private final QuoteScanner scanner = new QuoteScanner();

	RecordFramer(BoundedLineReader in, int maxLinesPerRecord, int maxLineChars) {
		this.in = in;
		this.maxLinesPerRecord = maxLinesPerRecord;
		this.maxLineChars = maxLineChars;
	}

	/** The next non-blank record, or null at the end of the file. */
	Framed next() throws IOException {
		do {
			if (!advance()) {
				return null;
			}
		} while (text.isBlank());
		int firstNumber = number;
		String firstText = text;
		if (cut) {
			return Framed.malformed(firstNumber, firstText, "the line is longer than the " + maxLineChars
					+ "-character limit");
		}
		if (firstText.indexOf('"') < 0) {
			// without a quote the scanner never leaves an unquoted cell: nothing to follow, nothing malformed
			return Framed.unquoted(firstNumber, firstText);
		}
		scanner.reset();
		String problem = scanner.scan(firstText);
		if (problem == null && !scanner.insideQuotes()) {
			return Framed.quoted(firstNumber, firstText);
		}
		List<Line> swallowed = new ArrayList<>();
		while (problem == null && scanner.insideQuotes()) {
			if (swallowed.size() + 1 >= maxLinesPerRecord) {
				problem = "a quote opened on this line is never closed within " + maxLinesPerRecord + " lines";
				break;
			}
			if (!advance()) {
				problem = "a quote opened on this line is never closed";
				break;
			}
			swallowed.add(new Line(number, text, cut));
			problem = cut ? "line " + number + " is longer than the " + maxLineChars + "-character limit"
					: scanner.scan("\n" + text);
			if (problem != null) {
				problem = "a quote opened on this line is never properly closed (" + problem + " on line "
						+ number + ")";
			}
		}
		if (problem != null) {
			for (int i = swallowed.size() - 1; i >= 0; i--) {
				readAgain.addFirst(swallowed.get(i));
			}
			return Framed.malformed(firstNumber, firstText, problem);
		}
		return Framed.quoted(firstNumber, rebuild(firstText, swallowed));
	}

	private static String rebuild(String first, List<Line> swallowed) {
		StringBuilder text = new StringBuilder(first);
		for (Line line : swallowed) {
			text.append('\n').append(line.text());
		}
		return text.toString();
	}

	/** Moves to the next line (one to read again first), setting number, text and cut; false at the end. */
	private boolean advance() throws IOException {
		if (!readAgain.isEmpty()) {
			Line again = readAgain.removeFirst();
			number = again.number();
			text = again.text();
			cut = again.cut();
			return true;
		}
		String line = in.readLine();
		if (line == null) {
			return false;
		}
		lastLineNumber++;
		if (lastLineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
			line = line.substring(1);
		}
		number = lastLineNumber;
		text = line;
		cut = in.lastLineCut();
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Follows RFC 4180 quote states across the lines of one record. */
	private static final class QuoteScanner {

		private enum State {
			CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE
		}

		private State state = State.CELL_START;

		void reset() {
			state = State.CELL_START;
		}

		boolean insideQuotes() {
			return state == State.QUOTED;
		}

		/** Scans more text of the record; returns what is wrong with it, or null. */
		String scan(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (state) {
					case CELL_START -> state = c == '"' ? State.QUOTED : c == ',' ? State.CELL_START : State.UNQUOTED;
					case UNQUOTED -> state = c == ',' ? State.CELL_START : State.UNQUOTED;
					case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
					case QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE -> {
						if (c == ',') {
							state = State.CELL_START;
						}
						else if (c == '"' && state == State.QUOTE_IN_QUOTED) {
							state = State.QUOTED;
						}
						else if (Character.isWhitespace(c)) {
							state = State.AFTER_CLOSING_QUOTE;
						}
						else {
							return "text after a closing quote";
						}
					}
				}
			}
			return null;
		}
	}
}
