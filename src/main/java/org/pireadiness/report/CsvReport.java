package org.pireadiness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV report: RFC 4180, lines ended by LF, every cell neutralised against formula injection. A cell
 * is quoted only where a reader needs it, by the rules Commons CSV's RFC 4180 printer follows, so the reports
 * read the same in any CSV reader; each row is built whole and written at once, as a national report has a
 * million of them.
 */
final class CsvReport implements AutoCloseable {

	private final Writer out;

	private final int width;

	private final StringBuilder line = new StringBuilder(256);

	private char[] text = new char[256];

	CsvReport(Path file, String... columns) {
		try {
			this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		this.width = columns.length;
		write(columns);
	}

	void row(Object... values) {
		if (values.length != width) {
			throw new IllegalArgumentException(values.length + " cells for " + width + " columns");
		}
		String[] cells = new String[width];
		for (int i = 0; i < width; i++) {
			cells[i] = Cells.neutralised(values[i] == null ? "" : values[i].toString());
		}
		write(cells);
	}

	private void write(String[] cells) {
		line.setLength(0);
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			appendCell(cells[i], i == 0);
		}
		line.append('\n');
		if (text.length < line.length()) {
			text = new char[line.length() * 2];
		}
		line.getChars(0, line.length(), text, 0);
		try {
			out.write(text, 0, line.length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void appendCell(String value, boolean firstOfRow) {
		if (!needsQuotes(value, firstOfRow)) {
			line.append(value);
			return;
		}
		line.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				line.append('"');
			}
			line.append(c);
		}
		line.append('"');
	}

	/**
	 * Whether a cell is quoted: an empty first cell (a row of one empty cell would be a blank line); a cell that
	 * starts with a character up to {@code #} or ends with a space or control character; a cell holding a comma,
	 * a quote or a line break.
	 */
	private static boolean needsQuotes(String value, boolean firstOfRow) {
		if (value.isEmpty()) {
			return firstOfRow;
		}
		if (value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ') {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
