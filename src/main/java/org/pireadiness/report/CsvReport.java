package org.pireadiness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV report with Commons CSV's printer: RFC 4180, lines ended by LF, a cell quoted only where a reader
 * needs it, and every cell neutralised against formula injection. (A hand-made printer was measured on issue 19:
 * no faster at national size.)
 */
final class CsvReport implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final CSVPrinter out;

	private final int width;

	CsvReport(Path file, String... columns) {
		try {
			this.out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT);
			out.printRecord((Object[]) columns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		this.width = columns.length;
	}

	void row(Object... values) {
		if (values.length != width) {
			throw new IllegalArgumentException(values.length + " cells for " + width + " columns");
		}
		String[] cells = new String[width];
		for (int i = 0; i < width; i++) {
			cells[i] = Cells.neutralised(values[i] == null ? "" : values[i].toString());
		}
		try {
			out.printRecord((Object[]) cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
