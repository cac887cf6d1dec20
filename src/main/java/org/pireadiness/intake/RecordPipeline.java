package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a file's records on threads of their own while the caller keeps what they become: one thread frames
 * the records into batches, in file order; two workers turn whole batches into items at the same time; the
 * caller takes the items back in file order. Parsing and converting a national file's rows is as much work as
 * what is done with them, so the work spreads over both cores. The threads start when the first item is asked
 * for (a file opened only to check its header starts none); a failure reaches the caller after the items before
 * it.
 */
final class RecordPipeline implements Closeable {

	/** Turns one batch of framed records into what the caller sees, one item each, in order; runs on a worker. */
	interface BatchWork {

		Object[] apply(RecordFramer.Framed[] batch);
	}

	/** Records per batch: each batch gets a Commons CSV parser of its own, with its own 16 KB buffer. */
	private static final int BATCH = 1024;

	private static final int WORKERS = 2;

	/** A batch worked on: its records, for their lines, and one item for each. */
	private record Done(RecordFramer.Framed[] records, Object[] items) {
	}

	private static final Done NOTHING = new Done(new RecordFramer.Framed[0], new Object[0]);

	private static final Future<Done> END = CompletableFuture.completedFuture(NOTHING);

	private final String label;

	private final RecordFramer framer;

	private final BatchWork work;

	/** Batches being worked on, in file order: the framing thread waits when the caller is this far behind. */
	private final BlockingQueue<Future<Done>> batches = new ArrayBlockingQueue<>(4);

	private Thread framing;

	/** The workers' threads, added as the pool starts them on the framing thread. */
	private final List<Thread> workerThreads = new CopyOnWriteArrayList<>();

	private ExecutorService workers;

	private volatile boolean closing;

	private Done batch = NOTHING;

	private int next;

	private boolean ended;

	/** @param framer the records to read, on the framing thread; closed there when they end, or on close */
	RecordPipeline(String label, RecordFramer framer, BatchWork work) {
		this.label = label;
		this.framer = framer;
		this.work = work;
	}

	/** The next item, or null once the file has ended. */
	Object next() {
		if (framing == null) {
			start();
		}
		while (next == batch.items().length) {
			if (ended) {
				return null;
			}
			batch = nextBatch();
			next = 0;
		}
		return batch.items()[next++];
	}

	/** The line on which the record of the item last returned starts. */
	int line() {
		return batch.records()[next - 1].line();
	}

	private void start() {
		workers = Executors.newFixedThreadPool(WORKERS, task -> {
			Thread worker = daemon("parse " + label, task);
			workerThreads.add(worker);
			return worker;
		});
		framing = daemon("framing " + label, this::frame);
		framing.start();
	}

	private static Thread daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private Done nextBatch() {
		try {
			Future<Done> taken = batches.take();
			ended = taken == END;
			return taken.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + label, ex);
		}
	}

	/** The framing thread: batches the records, hands each to the workers, and queues its result in order. */
	private void frame() {
		try {
			RecordFramer.Framed[] filling = new RecordFramer.Framed[BATCH];
			int filled = 0;
			for (var record = framer.next(); record != null; record = framer.next()) {
				filling[filled++] = record;
				if (filled == BATCH) {
					submit(filling);
					filling = new RecordFramer.Framed[BATCH];
					filled = 0;
				}
			}
			if (filled > 0) {
				submit(Arrays.copyOf(filling, filled));
			}
			batches.put(END);
		}
		catch (InterruptedException ex) {
			// closed by the caller
		}
		catch (IOException | RuntimeException ex) {
			failWith(ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex);
		}
		finally {
			closeQuietly(framer);
		}
	}

	private void submit(RecordFramer.Framed[] records) throws InterruptedException {
		batches.put(workers.submit(() -> new Done(records, work.apply(records))));
	}

	private void failWith(RuntimeException failure) {
		if (closing) {
			return; // the caller stopped reading; reading was cut short because of it
		}
		try {
			batches.put(CompletableFuture.failedFuture(failure));
			batches.put(END);
		}
		catch (InterruptedException ex) {
			// closed by the caller
		}
	}

	private static void closeQuietly(Closeable input) {
		try {
			input.close();
		}
		catch (IOException ex) {
			// nothing more is read from it
		}
	}

	/** Stops the threads, which closes the file, and waits for them; closes the file here if none started. */
	@Override
	public void close() {
		if (framing == null) {
			closeQuietly(framer);
			return;
		}
		closing = true;
		framing.interrupt();
		boolean interrupted = join(framing);
		// no batch is handed to the workers once the framing thread has ended, so every worker thread is known
		workers.shutdownNow();
		for (Thread worker : workerThreads) {
			interrupted |= join(worker);
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for the thread even when this one is itself being stopped, so no thread outlives the file. */
	private static boolean join(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		return interrupted;
	}
}
