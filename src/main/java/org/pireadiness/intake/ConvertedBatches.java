package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A file's records, framed in file order on the reading thread and turned into items a batch at a time on the
 * run's executor: parsing and converting a national file's rows is as much work as what is done with them, so
 * a few batches are worked on ahead of the one being read. No thread is started here; a file opened only to
 * check its header submits nothing.
 */
final class ConvertedBatches<T> implements Closeable {

	/** One batch of records as the reader sees it: the items in file order with their lines, and the rejects. */
	record Batch<T>(List<T> items, int[] lines, List<RejectedRow> rejects) {

		int records() {
			return items.size() + rejects.size();
		}
	}

	/** Turns one batch of framed records into a batch of items and rejects; runs on the executor. */
	interface Work<T> {

		Batch<T> apply(RecordFramer.Framed[] records);
	}

	/** Records per batch: enough that handing a batch to another thread costs little beside its work. */
	static final int BATCH = 1024;

	/** Batches worked on ahead of the one being read: enough to keep both cores busy. */
	private static final int AHEAD = 4;

	private final RecordFramer framer;

	private final Work<T> work;

	private final Executor executor;

	private final ArrayDeque<CompletableFuture<Batch<T>>> ahead = new ArrayDeque<>();

	private boolean framedAll;

	/** @param framer the records after the header; closed with this */
	ConvertedBatches(RecordFramer framer, Work<T> work, Executor executor) {
		this.framer = framer;
		this.work = work;
		this.executor = executor;
	}

	/** The next batch in file order, or null once the file has ended. */
	Batch<T> next() {
		frameAhead();
		CompletableFuture<Batch<T>> oldest = ahead.poll();
		if (oldest == null) {
			return null;
		}
		Batch<T> batch = joined(oldest);
		// the executor works on the next batches while the caller takes this one
		frameAhead();
		return batch;
	}

	private void frameAhead() {
		while (!framedAll && ahead.size() < AHEAD) {
			RecordFramer.Framed[] records = frame();
			if (records.length == 0) {
				framedAll = true;
			}
			else {
				ahead.add(CompletableFuture.supplyAsync(() -> work.apply(records), executor));
			}
		}
	}

	private RecordFramer.Framed[] frame() {
		RecordFramer.Framed[] records = new RecordFramer.Framed[BATCH];
		int framed = 0;
		try {
			for (var record = framer.next(); record != null; record = framer.next()) {
				records[framed++] = record;
				if (framed == BATCH) {
					return records;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.copyOf(records, framed);
	}

	private static <T> T joined(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** Closes the file; batches still being worked on finish on their own, holding nothing of it. */
	@Override
	public void close() {
		ahead.forEach(batch -> batch.cancel(false));
		ahead.clear();
		framedAll = true;
		try {
			framer.close();
		}
		catch (IOException ex) {
			// nothing more is read from it
		}
	}
}
