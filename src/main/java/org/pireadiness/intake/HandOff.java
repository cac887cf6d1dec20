package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs one stage of reading a file on a thread of its own and hands what it produces to the caller in batches,
 * in order, so the stage and the caller's own work share the two cores. The thread starts when the first item is
 * asked for; a failure on it reaches the caller after the items produced before it.
 */
final class HandOff implements Closeable {

	/** The stage: hands every item it produces, in order, then returns; runs on the hand-off's thread. */
	interface Stage {

		void run(HandOff handOff) throws IOException;
	}

	private static final int BATCH = 128;

	private static final Object[] END = new Object[0];

	private final BlockingQueue<Object[]> batches = new ArrayBlockingQueue<>(64);

	private final Thread thread;

	private final Closeable input;

	private Object[] filling = new Object[BATCH];

	private int filled;

	private volatile RuntimeException failure;

	private volatile boolean closing;

	private Object[] batch = new Object[0];

	private int next;

	/** @param input what the stage reads from; closed on the stage's thread when it ends, or on close */
	HandOff(String threadName, Stage stage, Closeable input) {
		this.input = input;
		this.thread = new Thread(() -> run(stage), threadName);
		this.thread.setDaemon(true);
	}

	/** The next item, or null once the stage has ended. */
	Object next() {
		if (thread.getState() == Thread.State.NEW) {
			thread.start();
		}
		while (next == batch.length) {
			if (batch == END) {
				return null;
			}
			batch = take();
			next = 0;
		}
		return batch[next++];
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

	/** Hands one item over; called by the stage, on the hand-off's thread. */
	void hand(Object item) {
		filling[filled++] = item;
		if (filled == BATCH) {
			try {
				put(filling);
			}
			catch (InterruptedException ex) {
				throw new Closed();
			}
			filling = new Object[BATCH];
			filled = 0;
		}
	}

	private void run(Stage stage) {
		try {
			stage.run(this);
			put(Arrays.copyOf(filling, filled));
		}
		catch (InterruptedException | Closed ex) {
			return;
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		catch (IOException ex) {
			failure = new UncheckedIOException(ex);
		}
		finally {
			closeInput();
		}
		if (closing) {
			return; // nobody waits for the end, and the queue may be full
		}
		try {
			batches.put(END);
		}
		catch (InterruptedException ex) {
			// the caller closed the hand-off while the end was handed over
		}
	}

	private void put(Object[] items) throws InterruptedException {
		if (items.length > 0) {
			batches.put(items);
		}
	}

	/** Stops the thread, which closes the stage's input, and waits for it; closes it here if none started. */
	@Override
	public void close() {
		if (thread.getState() == Thread.State.NEW) {
			closeInput();
			return;
		}
		closing = true;
		thread.interrupt();
		// waits even when this thread is itself being stopped (a stage closing the stage it reads from)
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void closeInput() {
		try {
			input.close();
		}
		catch (IOException ex) {
			// nothing more is read from it
		}
	}

	/** Unwinds the stage once the caller has closed the hand-off. */
	private static final class Closed extends RuntimeException {

		Closed() {
			super(null, null, false, false);
		}
	}
}
