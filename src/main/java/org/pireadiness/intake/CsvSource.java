package org.pireadiness.intake;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file: its header, read when it is opened, and its records after the header as framed text, which
 * {@link #split} cuts into cells a batch at a time (batches may be split on several threads at once).
 */
final class CsvSource {

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
		this.layout = new HeaderLayout(label, List.of(RecordCells.of(header).toArray()), columns, mapping);
	}

	static CsvSource open(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits) {
		if (!Files.isRegularFile(path)) {
			throw new InputFileException(label + ": no such file: " + path);
		}
		BoundedLineReader lines = null;
		try {
			InputStream bytes = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
			lines = new BoundedLineReader(bytes, limits.maxLineChars());
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
	 * The batch's records in its order: each well-formed one as a {@link Row}, each malformed one (bad quoting, more
	 * cells than the header) as a {@link Split.Malformed}. The rows share what they cut out ({@link BatchCells}):
	 * read them on one thread.
	 */
	Split[] split(RecordFramer.Framed[] batch) {
		Split[] split = new Split[batch.length];
		BatchCells shared = new BatchCells(layout.width());
		for (int i = 0; i < batch.length; i++) {
			RecordFramer.Framed record = batch[i];
			split[i] = record.wellFormed() ? cells(record.line(), RecordCells.of(record), shared)
					: new Split.Malformed(record.line(), record.text(), record.malformation());
		}
		return split;
	}

	private Split cells(int line, RecordCells cells, BatchCells shared) {
		if (cells.count() > layout.width()) {
			return new Split.Malformed(line, String.join(",", cells.toArray()),
					cells.count() + " cells where the header has " + layout.width());
		}
		return new Row(cells, layout, shared);
	}
}
