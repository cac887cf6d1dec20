package org.pireadiness.intake;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one CSV file after its header: each well-formed one as a {@link Row} with the line it starts
 * on, each malformed one (bad quoting, more cells than the header) handed to the malformed sink.
 */
final class CsvSource implements Closeable {

	/** A record that cannot be split into cells, by the line it starts on. */
	record Malformed(int line, String text, String reason) {
	}

	record NumberedRow(int line, Row row) {
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final FramedReader reader;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final HeaderLayout layout;

	private final Consumer<Malformed> malformed;

	private boolean headerRead;

	private String headerMalformation;

	private CsvSource(String label, BoundedLineReader lines, IntakeLimits limits, List<? extends Column> columns,
			FileMapping mapping, Consumer<Malformed> malformed) throws IOException {
		this.malformed = malformed;
		var framing = new FramingAhead(new RecordFramer(lines, limits.maxLinesPerRecord(), limits.maxLineChars()),
				label);
		this.reader = new FramedReader(framing, this::onMalformed);
		this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		this.records = parser.iterator();
		if (!records.hasNext()) {
			throw new InputFileException(label + ": the file is empty; a header row is required");
		}
		reader.claimStartLine();
		if (headerMalformation != null) {
			throw new InputFileException(label + ": the header row is malformed: " + headerMalformation);
		}
		List<String> names = new ArrayList<>();
		records.next().forEach(names::add);
		this.layout = new HeaderLayout(label, names, columns, mapping);
		this.headerRead = true;
		framing.readAhead();
	}

	static CsvSource open(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, Consumer<Malformed> malformed) {
		if (!Files.isRegularFile(path)) {
			throw new InputFileException(label + ": no such file: " + path);
		}
		BoundedLineReader lines = null;
		try {
			InputStream bytes = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
			lines = new BoundedLineReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), limits.maxLineChars());
			rejectUtf16(bytes, label);
			return new CsvSource(label, lines, limits, columns, mapping, malformed);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InputFileException(label + ": cannot read " + path + ": " + ex.getMessage(), ex);
		}
		catch (InputFileException ex) {
			closeQuietly(lines);
			throw ex;
		}
	}

	private static void closeQuietly(BoundedLineReader lines) {
		try {
			if (lines != null) {
				lines.close();
			}
		}
		catch (IOException ex) {
			// the file's problem is already being reported
		}
	}

	private void onMalformed(RecordFramer.Framed record) {
		if (headerRead) {
			malformed.accept(new Malformed(record.line(), record.text(), record.malformation()));
		}
		else if (headerMalformation == null) {
			headerMalformation = record.malformation();
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

	/** The next well-formed record, or null at the end of the file. */
	NumberedRow next() {
		while (records.hasNext()) {
			CSVRecord record = records.next();
			int line = reader.claimStartLine();
			if (record.size() > layout.width()) {
				malformed.accept(new Malformed(line, String.join(",", record.values()),
						record.size() + " cells where the header has " + layout.width()));
				continue;
			}
			return new NumberedRow(line, new Row(record.values(), layout));
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		parser.close();
		reader.close();
	}
}
