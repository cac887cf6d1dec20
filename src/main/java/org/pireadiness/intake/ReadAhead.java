package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Splits a file's records on a thread of their own while the caller converts and keeps the previous ones: the
 * decoding, framing and Commons CSV parsing of a national checklist file is as much work as what is done with
 * its rows, so the two halves run on the two cores. Records arrive in file order, in batches, with the malformed
 * ones in their place, so the caller sees exactly what reading the {@link CsvSource} itself would show.
 */
final class ReadAhead implements Closeable {

	private static final int BATCH = 128;

	private static final Object[] END = new Object[0];

	private final BlockingQueue<Object[]> batches = new ArrayBlockingQueue<>(64);

	private final Consumer<CsvSource.Malformed> malformed;

	private final CsvSource source;

	private final Thread splitter;

	private Object[] filling = new Object[BATCH];

	private int filled;

	private volatile RuntimeException failure;

	private volatile boolean closing;

	private Object[] batch = new Object[0];

	private int next;

	private ReadAhead(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, Consumer<CsvSource.Malformed> malformed) {
		this.malformed = malformed;
		this.source = CsvSource.open(path, label, columns, mapping, limits, this::collect);
		this.splitter = new Thread(this::split, "read-ahead " + label);
		this.splitter.setDaemon(true);
	}

	/**
	 * Opens the file and reads its header on this thread, so a bad header fails here. The reading thread starts
	 * with the first record asked for: a file opened only to check its header is not read on.
	 */
	static ReadAhead open(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, Consumer<CsvSource.Malformed> malformed) {
		return new ReadAhead(path, label, columns, mapping, limits, malformed);
	}

	HeaderLayout layout() {
		return source.layout();
	}

	/** The next well-formed record, or null at the end of the file; malformed ones go to the sink on the way. */
	CsvSource.NumberedRow next() {
		if (splitter.getState() == Thread.State.NEW) {
			splitter.start();
		}
		while (true) {
			if (next == batch.length) {
				if (batch == END) {
					return null;
				}
				batch = take();
				next = 0;
				continue;
			}
			Object record = batch[next++];
			if (record instanceof CsvSource.NumberedRow row) {
				return row;
			}
			malformed.accept((CsvSource.Malformed) record);
		}
	}

	private Object[] take() {
		try {
			Object[] taken = batches.take();
			if (taken == END && failure != null) {
				throw failure;
			}
			return taken;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading", ex);
		}
	}

	private void split() {
		try {
			for (var row = source.next(); row != null; row = source.next()) {
				collect(row);
			}
			hand(Arrays.copyOf(filling, filled));
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		catch (InterruptedException ex) {
			return;
		}
		finally {
			closeSource();
		}
		if (closing) {
			return; // nobody waits for the end, and the queue may be full
		}
		try {
			batches.put(END);
		}
		catch (InterruptedException ex) {
			// the caller closed the file while the end was handed over
		}
	}

	private void collect(Object record) {
		filling[filled++] = record;
		if (filled == BATCH) {
			try {
				hand(filling);
			}
			catch (InterruptedException ex) {
				throw new Closed();
			}
			filling = new Object[BATCH];
			filled = 0;
		}
	}

	private void hand(Object[] records) throws InterruptedException {
		if (records.length > 0) {
			batches.put(records);
		}
	}

	private void closeSource() {
		try {
			source.close();
		}
		catch (IOException ex) {
			// nothing more is read from it
		}
	}

	/** Stops the reading thread, which closes the file, and waits for it; closes the file itself if none started. */
	@Override
	public void close() {
		if (splitter.getState() == Thread.State.NEW) {
			closeSource();
			return;
		}
		closing = true;
		splitter.interrupt();
		try {
			splitter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Unwinds the reading thread once the caller has closed the file. */
	private static final class Closed extends RuntimeException {

		Closed() {
			super(null, null, false, false);
		}
	}
}
