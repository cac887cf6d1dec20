package org.pireadiness.intake;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Streams one input file as accepted items, handing every rejected record to the caller's reject sink and counting
 * both.
 */
public abstract class InputFile<T> implements Closeable {

	private final String label;

	private final Path path;

	private final CsvSource source;

	private final ConvertedBatches<T> batches;

	private final int maxCellChars;

	private ConvertedBatches.Batch<T> batch;

	private int next;

	private int nextReject;

	private long read;

	private long accepted;

	/** @param executor where batches of records are parsed and converted, several at once */
	protected InputFile(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, Executor executor) {
		this.label = label;
		this.path = path;
		this.maxCellChars = limits.maxCellChars();
		this.source = CsvSource.open(path, label, columns, mapping, limits);
		this.batches = new ConvertedBatches<>(source.records(), this::convertBatch, executor);
	}

	/**
	 * The next accepted item, or null at the end of the file. Rejected rows go to the sink on the way, each in its
	 * place in file order.
	 */
	public T next(RejectSink rejects) {
		while (true) {
			if (batch != null && next < batch.items().size()) {
				int line = batch.lines()[next];
				T item = batch.items().get(next++);
				rejectUpTo(line, rejects);
				try {
					admit(item, line);
					accepted++;
					return item;
				}
				catch (RowRejection rejection) {
					rejects.reject(rejection.toRejectedRow(label, line, source.layout()));
				}
				continue;
			}
			if (batch != null) {
				rejectUpTo(Integer.MAX_VALUE, rejects);
			}
			batch = batches.next();
			if (batch == null) {
				return null;
			}
			next = 0;
			nextReject = 0;
			read += batch.records();
		}
	}

	/** Hands the sink the batch's rejected records that come before a line. */
	private void rejectUpTo(int line, RejectSink rejects) {
		List<RejectedRow> rejected = batch.rejects();
		while (nextReject < rejected.size() && rejected.get(nextReject).line() < line) {
			rejects.reject(rejected.get(nextReject++));
		}
	}

	/** On the executor: each record of the batch as its item, or as a rejected row. */
	private ConvertedBatches.Batch<T> convertBatch(RecordFramer.Framed[] records) {
		Split[] split = source.split(records);
		List<T> items = new ArrayList<>(split.length);
		int[] lines = new int[split.length];
		List<RejectedRow> rejected = new ArrayList<>();
		for (int i = 0; i < split.length; i++) {
			int line = records[i].line();
			if (split[i] instanceof Split.Malformed record) {
				rejected.add(malformed(record));
			}
			else if (split[i] instanceof Row row) {
				converted(row, line, items, lines, rejected);
			}
		}
		return new ConvertedBatches.Batch<>(items, lines, rejected);
	}

	private void converted(Row row, int line, List<T> items, int[] lines, List<RejectedRow> rejected) {
		try {
			row.checkCellLengths(maxCellChars);
			T item = convert(row, line);
			lines[items.size()] = line;
			items.add(item);
		}
		catch (RowRejection rejection) {
			rejected.add(rejection.toRejectedRow(label, line, source.layout()));
		}
	}

	private RejectedRow malformed(Split.Malformed record) {
		return new RejectedRow(label, record.line(), "", Shown.value(record.text()), RejectCode.MALFORMED_RECORD,
				"malformed record: " + record.reason());
	}

	/**
	 * Turns a row into an item, throwing a {@link RowRejection} for a row that breaks a rule. Runs on the executor,
	 * several rows at once: it may look only at its own row. A rule across rows belongs in {@link #admit}.
	 */
	protected abstract T convert(Row row, int line);

	/**
	 * Admits a converted item, or throws a {@link RowRejection} for it; called in file order on the reading
	 * thread, for rules across rows such as duplicates. Every item is admitted unless a file says otherwise.
	 */
	protected void admit(T item, int line) {
	}

	/** Rows read, accepted and rejected so far: read = accepted + rejected, always. */
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

	public Path path() {
		return path;
	}

	@Override
	public void close() {
		batches.close();
	}
}
