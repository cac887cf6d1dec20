package org.pireadiness.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.stereotype.Component;

/**
 * A clean stop on SIGTERM (what systemd sends on stop or timeout, and a scheduler's "cancel") and SIGINT (Ctrl-C):
 * the signal only asks, and the running step stops at its next chunk or record batch, so the execution is recorded
 * as STOPPED, the previous reports stay in place, and the same command resumes it. A signal before the job starts
 * ends the run before it starts.
 * <p>
 * {@code sun.misc.Signal} (module {@code jdk.unsupported}, there on every JDK 17+) rather than a shutdown hook: a
 * hook runs once the JVM is already exiting, in parallel with the job, and cannot tell TERM from INT. Signals are
 * the process's, so what one asked is kept statically, from before Spring starts.
 */
@Component
public class RunStop implements StepInterruptionPolicy {

	private static final List<String> SIGNALS = List.of("TERM", "INT");

	private static volatile String signal;

	/**
	 * Takes over TERM and INT for one command line, from before the application starts; closing gives them back to
	 * what handled them before (the JVM's own, which ends the process).
	 */
	public static Listening listen() {
		signal = null;
		List<Runnable> restore = new ArrayList<>();
		for (String name : SIGNALS) {
			Signal which = new Signal(name);
			SignalHandler previous = Signal.handle(which, received -> signal = received.getName());
			restore.add(() -> Signal.handle(which, previous));
		}
		return () -> restore.forEach(Runnable::run);
	}

	/** TERM and INT taken over, until closed. */
	public interface Listening extends AutoCloseable {

		@Override
		void close();
	}

	/** The signal that asked the run to stop, if one did. */
	Optional<String> signal() {
		return Optional.ofNullable(signal);
	}

	/** For a step's own batches: stops the step (STOPPED, its transaction rolled back) once a signal asked. */
	void checkpoint() throws JobInterruptedException {
		String received = signal;
		if (received != null) {
			throw new JobInterruptedException("stopped by signal " + received);
		}
	}

	/** For a chunk step, between its chunks. */
	@Override
	public void checkInterrupted(StepExecution stepExecution) throws JobInterruptedException {
		if (signal != null) {
			stepExecution.setTerminateOnly(); // without it the step would end COMPLETED at the chunk it stopped at
			checkpoint();
		}
	}
}
