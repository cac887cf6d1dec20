package org.pireadiness.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One log line per step: rows, time and rows per second. */
class StepProgressListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StepProgressListener.class);

	@Override
	public ExitStatus afterStep(StepExecution step) {
		LocalDateTime start = step.getStartTime();
		double seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
		long rows = step.getReadCount();
		log.info(String.format("%-16s %,10d rows in %6.2f s (%,.0f rows/s)", step.getStepName(), rows, seconds,
				seconds > 0 ? rows / seconds : 0.0));
		return null;
	}
}
