package org.pireadiness.intake;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams one input file as accepted items, handing every rejected record to the reject sink and counting both.
 */
public abstract class InputFile<T> implements Closeable {

	private final String label;

	private final Path path;

	private final ReadAhead source;

	private final RejectSink rejects;

	private long read;

	private long accepted;

	private final int maxCellChars;

	protected InputFile(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, RejectSink rejects) {
		this.label = label;
		this.path = path;
		this.rejects = rejects;
		this.source = ReadAhead.open(path, label, columns, mapping, limits, this::rejectMalformed);
		this.maxCellChars = limits.maxCellChars();
	}

	/** The next accepted item, or null at the end of the file. */
	public T next() {
		CsvSource.NumberedRow record;
		while ((record = source.next()) != null) {
			read++;
			try {
				record.row().checkCellLengths(maxCellChars);
				T item = convert(record.row(), record.line());
				accepted++;
				return item;
			}
			catch (RowRejection rejection) {
				rejects.reject(rejection.toRejectedRow(label, record.line(), source.layout()));
			}
		}
		return null;
	}

	/** Turns a row into an item, throwing a {@link RowRejection} for a row that breaks a rule. */
	protected abstract T convert(Row row, int line);

	private void rejectMalformed(CsvSource.Malformed record) {
		read++;
		rejects.reject(new RejectedRow(label, record.line(), "", Shown.value(record.text()), RejectCode.MALFORMED_RECORD,
				"malformed record: " + record.reason()));
	}

	public InputTally tally() {
		return new InputTally(label, path.toString(), read, accepted, read - accepted);
	}

	/** Header columns this product does not use, as the file spells them. */
	public List<String> unknownColumns() {
		return source.layout().unknownColumns();
	}

	public String label() {
		return label;
	}

	@Override
	public void close() {
		source.close();
	}
}
