package org.pireadiness.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes one CSV report with Commons CSV's format: RFC 4180, lines ended by LF, a cell quoted only where a reader
 * needs it, and every cell neutralised against formula injection. (A hand-made printer was measured on issue 19:
 * no faster at national size.) The format prints each row into a block of text that goes to the file whole, not
 * through {@code CSVPrinter}, which takes a lock and a writer's lock for every cell: a national run prints 15 million
 * cells (issue 29: 20% of the printing's time in those locks).
 */
final class CsvReport implements AutoCloseable {

	/** Text written to the file a block at a time. */
	private static final int BLOCK = 1 << 16;

	/** This report's own format: the format prints under its monitor, and two writers print reports side by side. */
	private final CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final Path file;

	private final OutputStream out;

	private final StringBuilder text = new StringBuilder(BLOCK + 4096);

	private final int width;

	CsvReport(Path file, String... columns) {
		this.file = file;
		this.width = columns.length;
		try {
			this.out = Files.newOutputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		print(columns);
	}

	void row(Object... values) {
		if (values.length != width) {
			throw new IllegalArgumentException(values.length + " cells for " + width + " columns");
		}
		String[] cells = new String[width];
		for (int i = 0; i < width; i++) {
			cells[i] = Cells.neutralised(values[i] == null ? "" : values[i].toString());
		}
		print(cells);
	}

	private void print(Object[] cells) {
		try {
			for (int i = 0; i < cells.length; i++) {
				format.print(cells[i], text, i == 0);
			}
			format.println(text);
			if (text.length() >= BLOCK) {
				writeText();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private void writeText() throws IOException {
		out.write(text.toString().getBytes(StandardCharsets.UTF_8));
		text.setLength(0);
	}

	@Override
	public void close() {
		try (out) {
			writeText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}
}
