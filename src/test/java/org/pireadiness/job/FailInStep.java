package org.pireadiness.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Test hook, added with {@code --spring.main.sources}: the writeReports step fails, as a full disk would. */
public class FailInStep implements StepExecutionListener {

	@Override
	public void beforeStep(StepExecution execution) {
		if (execution.getStepName().equals("writeReports")) {
			throw new IllegalStateException("injected failure: the disk is full");
		}
	}
}
