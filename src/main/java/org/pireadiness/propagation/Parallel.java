package org.pireadiness.propagation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/** Fills an array in parts on the run's executor, the caller's thread taking the last part. */
final class Parallel {

	/** Parts per core: enough that one slow part does not leave a core idle at the end. */
	private static final int PARTS_PER_CORE = 2;

	private Parallel() {
	}

	static <T> void setAll(T[] array, IntFunction<? extends T> element, Executor executor) {
		int parts = Math.max(1, Math.min(array.length / 1024, PARTS_PER_CORE * Runtime.getRuntime().availableProcessors()));
		CompletableFuture<?>[] others = new CompletableFuture<?>[parts - 1];
		for (int part = 0; part < parts - 1; part++) {
			int from = array.length * part / parts;
			int to = array.length * (part + 1) / parts;
			others[part] = CompletableFuture.runAsync(() -> fill(array, element, from, to), executor);
		}
		fill(array, element, array.length * (parts - 1) / parts, array.length);
		try {
			CompletableFuture.allOf(others).join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : ex;
		}
	}

	private static <T> void fill(T[] array, IntFunction<? extends T> element, int from, int to) {
		for (int i = from; i < to; i++) {
			array[i] = element.apply(i);
		}
	}
}
