package org.pireadiness.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one CSV report, every cell neutralised against formula injection. */
final class CsvReport implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final CSVPrinter printer;

	private final int width;

	private final Object[] cells;

	CsvReport(Path file, String... columns) {
		try {
			BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			this.printer = new CSVPrinter(writer, FORMAT);
			printer.printRecord((Object[]) columns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		this.width = columns.length;
		this.cells = new Object[columns.length];
	}

	void row(Object... values) {
		if (values.length != width) {
			throw new IllegalArgumentException(values.length + " cells for " + width + " columns");
		}
		for (int i = 0; i < width; i++) {
			cells[i] = Cells.neutralised(values[i] == null ? "" : values[i].toString());
		}
		try {
			printer.printRecord(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
