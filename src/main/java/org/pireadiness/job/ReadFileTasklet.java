package org.pireadiness.job;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.pireadiness.intake.InputFile;
import org.pireadiness.intake.InputTally;
import org.pireadiness.intake.IntakeLedger;

/**
 * A read step: every accepted item of one input file into what the step fills, every rejected row and the file's
 * tally into the ledger. A tasklet rather than a chunk step: a national checklist file has five million rows, and
 * a chunk step's per-item work would cost seconds for nothing (no row is written to the job repository).
 *
 * @param <F> the file, for what the step does once it is read (seal a book, note what was ignored)
 */
final class ReadFileTasklet<T, F extends InputFile<T>> implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReadFileTasklet.class);

	private final Supplier<F> file;

	private final Consumer<? super T> into;

	private final Consumer<? super F> whenRead;

	/** Items between two looks at whether a stop was asked for. */
	private static final int BATCH = 4096;

	private final IntakeLedger ledger;

	private final RunStop stop;

	/** @param file opens the file when the step runs (or hands over the one the pre-flight check opened) */
	ReadFileTasklet(Supplier<F> file, Consumer<? super T> into, Consumer<? super F> whenRead, IntakeLedger ledger,
			RunStop stop) {
		this.file = file;
		this.into = into;
		this.whenRead = whenRead;
		this.ledger = ledger;
		this.stop = stop;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws JobInterruptedException {
		try (F input = file.get()) {
			int sinceLook = 0;
			for (T item = input.next(ledger); item != null; item = input.next(ledger)) {
				into.accept(item);
				if (++sinceLook == BATCH) {
					stop.checkpoint();
					sinceLook = 0;
				}
			}
			whenRead.accept(input);
			contribution.getStepExecution().setReadCount(finish(input, ledger));
		}
		return RepeatStatus.FINISHED;
	}

	/** Records a file read to its end in the ledger, naming once the columns it did not use; returns its rows. */
	static long finish(InputFile<?> input, IntakeLedger ledger) {
		if (!input.unknownColumns().isEmpty()) {
			log.info("{}: ignoring columns it does not use: {}", input.label(), String.join(", ", input.unknownColumns()));
		}
		InputTally tally = input.tally();
		ledger.record(tally);
		return tally.rowsRead();
	}
}
