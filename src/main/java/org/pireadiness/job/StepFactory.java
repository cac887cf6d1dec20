package org.pireadiness.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the job's steps alike: each may run again on a restart (the state between steps lives in memory, so a
 * resumed run does every step again), stops at its next chunk or batch when a signal asks ({@link RunStop}), logs
 * its progress, and has the listener beans of the context attached.
 */
final class StepFactory {

	private final JobRepository repository;

	private final PlatformTransactionManager transactions;

	private final int chunkSize;

	private final RunStop stop;

	private final ObjectProvider<StepExecutionListener> listeners;

	StepFactory(JobRepository repository, PlatformTransactionManager transactions, int chunkSize, RunStop stop,
			ObjectProvider<StepExecutionListener> listeners) {
		this.repository = repository;
		this.transactions = transactions;
		this.chunkSize = chunkSize;
		this.stop = stop;
		this.listeners = listeners;
	}

	/**
	 * A step of one tasklet, which looks for a stop before it starts (the long ones also between their batches);
	 * once it has published its work, nothing stops it.
	 */
	Step tasklet(String name, Tasklet tasklet) {
		Tasklet stoppable = (contribution, context) -> {
			stop.checkpoint();
			return tasklet.execute(contribution, context);
		};
		var step = new StepBuilder(name, repository).tasklet(stoppable, transactions)
			.allowStartIfComplete(true)
			.listener(new StepProgressListener());
		listeners.orderedStream().forEach(step::listener);
		return step.build();
	}

	/** A chunk step of the configured size, to be given its reader, processor and writer. */
	<I, O> ChunkOrientedStepBuilder<I, O> chunk(String name, Class<I> read, Class<O> written) {
		ChunkOrientedStepBuilder<I, O> step = new StepBuilder(name, repository).<I, O>chunk(chunkSize)
			.transactionManager(transactions)
			.interruptionPolicy(stop);
		step.allowStartIfComplete(true).listener(new StepProgressListener());
		listeners.orderedStream().forEach(step::listener);
		return step;
	}
}
