package org.pireadiness.intake;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file: its header, read when it is opened, and its records after the header as framed text, which
 * {@link #split} cuts into cells a batch at a time (batches may be split on several threads at once).
 */
final class CsvSource {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final RecordFramer framer;

	private final HeaderLayout layout;

	private CsvSource(String label, BoundedLineReader lines, IntakeLimits limits, List<? extends Column> columns,
			FileMapping mapping) throws IOException {
		this.framer = new RecordFramer(lines, limits.maxLinesPerRecord(), limits.maxLineChars());
		RecordFramer.Framed header = framer.next();
		if (header == null) {
			throw new InputFileException(label + ": the file is empty; a header row is required");
		}
		if (!header.wellFormed()) {
			throw new InputFileException(label + ": the header row is malformed: " + header.malformation());
		}
		List<String> names = new ArrayList<>();
		try (CSVParser parser = parser(new StringReader(header.text()))) {
			parser.iterator().next().forEach(names::add);
		}
		this.layout = new HeaderLayout(label, names, columns, mapping);
	}

	static CsvSource open(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits) {
		if (!Files.isRegularFile(path)) {
			throw new InputFileException(label + ": no such file: " + path);
		}
		BoundedLineReader lines = null;
		try {
			InputStream bytes = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
			lines = new BoundedLineReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), limits.maxLineChars());
			rejectUtf16(bytes, label);
			return new CsvSource(label, lines, limits, columns, mapping);
		}
		catch (IOException | UncheckedIOException ex) {
			closeQuietly(lines);
			throw new InputFileException(label + ": cannot read " + path + ": " + ex.getMessage(), ex);
		}
		catch (InputFileException ex) {
			closeQuietly(lines);
			throw ex;
		}
	}

	private static CSVParser parser(Reader text) throws IOException {
		return CSVParser.builder().setReader(text).setFormat(FORMAT).get();
	}

	private static void closeQuietly(Closeable lines) {
		try {
			if (lines != null) {
				lines.close();
			}
		}
		catch (IOException ex) {
			// the file's problem is already being reported
		}
	}

	private static void rejectUtf16(InputStream bytes, String label) throws IOException {
		bytes.mark(2);
		int first = bytes.read();
		int second = bytes.read();
		bytes.reset();
		if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
			throw new InputFileException(label + ": the file is UTF-16; save it as UTF-8 (CSV UTF-8)");
		}
	}

	HeaderLayout layout() {
		return layout;
	}

	/**
	 * The records after the header, framed in file order; read them on one thread. They hold the file open:
	 * whoever reads them closes them.
	 */
	RecordFramer records() {
		return framer;
	}

	/**
	 * The batch's records in its order: each well-formed one as a {@link Row}, each malformed one (bad
	 * quoting, more cells than the header) as a {@link Split.Malformed}. The framer has already found where each record
	 * ends, so Commons CSV parses exactly the batch's well-formed records, one record per framed text.
	 */
	Split[] split(RecordFramer.Framed[] batch) {
		Split[] split = new Split[batch.length];
		try (CSVParser parser = parser(new BatchText(batch))) {
			Iterator<CSVRecord> records = parser.iterator();
			for (int i = 0; i < batch.length; i++) {
				RecordFramer.Framed record = batch[i];
				split[i] = record.wellFormed() ? cells(record.line(), records.hasNext() ? records.next() : null)
						: new Split.Malformed(record.line(), record.text(), record.malformation());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return split;
	}

	private Split cells(int line, CSVRecord record) {
		if (record == null) {
			throw new IllegalStateException("line " + line + ": framed as a record, but Commons CSV found none");
		}
		if (record.size() > layout.width()) {
			return new Split.Malformed(line, String.join(",", record.values()),
					record.size() + " cells where the header has " + layout.width());
		}
		return new Row(record.values(), layout);
	}

	/** The text of a batch's well-formed records, each followed by a line end (appended here, not copied). */
	private static final class BatchText extends Reader {

		private final RecordFramer.Framed[] batch;

		private int record = -1;

		private String current = "";

		private int position;

		private boolean lineEndDue;

		BatchText(RecordFramer.Framed[] batch) {
			this.batch = batch;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
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

		private boolean advance() {
			while (++record < batch.length) {
				if (batch[record].wellFormed()) {
					current = batch[record].text();
					position = 0;
					lineEndDue = true;
					return true;
				}
			}
			return false;
		}

		@Override
		public void close() {
			record = batch.length;
		}
	}
}
