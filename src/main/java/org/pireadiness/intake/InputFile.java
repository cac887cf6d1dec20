package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams one input file as accepted items, handing every rejected record to the reject sink and counting both.
 */
public abstract class InputFile<T> implements Closeable {

	private final String label;

	private final Path path;

	private final CsvSource source;

	private final RecordPipeline records;

	private final RejectSink rejects;

	private long read;

	private long accepted;

	private final int maxCellChars;

	protected InputFile(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, RejectSink rejects) {
		this.label = label;
		this.path = path;
		this.rejects = rejects;
		this.maxCellChars = limits.maxCellChars();
		this.source = CsvSource.open(path, label, columns, mapping, limits);
		this.records = new RecordPipeline(label, source.records(), this::convertBatch);
	}

	/** The next accepted item, or null at the end of the file; rejected rows go to the sink on the way. */
	@SuppressWarnings("unchecked")
	public T next() {
		for (Object record = records.next(); record != null; record = records.next()) {
			read++;
			if (record instanceof RejectedRow rejected) {
				rejects.reject(rejected);
				continue;
			}
			T item = (T) record;
			try {
				admit(item, records.line());
				accepted++;
				return item;
			}
			catch (RowRejection rejection) {
				rejects.reject(rejection.toRejectedRow(label, records.line(), source.layout()));
			}
		}
		return null;
	}

	/** On a worker: each record of the batch as its item or as a rejected row, in order (no item is a RejectedRow). */
	private Object[] convertBatch(RecordFramer.Framed[] batch) {
		Object[] records = source.split(batch);
		for (int i = 0; i < records.length; i++) {
			records[i] = records[i] instanceof Row row ? converted(row, batch[i].line())
					: malformed((CsvSource.Malformed) records[i]);
		}
		return records;
	}

	private Object converted(Row row, int line) {
		try {
			row.checkCellLengths(maxCellChars);
			return convert(row, line);
		}
		catch (RowRejection rejection) {
			return rejection.toRejectedRow(label, line, source.layout());
		}
	}

	private RejectedRow malformed(CsvSource.Malformed record) {
		return new RejectedRow(label, record.line(), "", Shown.value(record.text()), RejectCode.MALFORMED_RECORD,
				"malformed record: " + record.reason());
	}

	/**
	 * Turns a row into an item, throwing a {@link RowRejection} for a row that breaks a rule. Runs on the workers,
	 * several rows at once: it may look only at its own row. A rule across rows belongs in {@link #admit}.
	 */
	protected abstract T convert(Row row, int line);

	/**
	 * Admits a converted item, or throws a {@link RowRejection} for it; called in file order on the caller's
	 * thread, for rules across rows such as duplicates. Every item is admitted unless a file says otherwise.
	 */
	protected void admit(T item, int line) {
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

	/** The file's size in bytes (0 when it cannot be told). */
	protected long sizeInBytes() {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	@Override
	public void close() {
		records.close();
	}
}
