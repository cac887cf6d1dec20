package org.pireadiness.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.pireadiness.history.AtRisk;
import org.pireadiness.history.Changes;
import org.pireadiness.history.RiskHistory;
import org.pireadiness.report.PrivateFiles;
import org.pireadiness.report.ReportFolder;
import org.pireadiness.report.RunReport;

/**
 * The last step: compares this run's risks with the previous successful run of the year, writes and publishes
 * the reports, and records this run's risks. The record is written in the step's transaction, so only a run that finished
 * becomes the next run's "previous".
 */
class WriteReportsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

	private final RunWorkspace workspace;

	private final RiskHistory history;

	private final PrivateFiles privateFiles;

	WriteReportsTasklet(RunWorkspace workspace, RiskHistory history, PrivateFiles privateFiles) {
		this.workspace = workspace;
		this.history = history;
		this.privateFiles = privateFiles;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		long start = System.nanoTime();
		RunReport report = workspace.report();
		List<AtRisk> atRisk = report.atRisk();
		long built = System.nanoTime();
		long execution = contribution.getStepExecution().getJobExecutionId();
		Changes changes = history.changesSince(report.performanceYear(), execution, atRisk);
		var request = workspace.parameters().request();
		long compared = System.nanoTime();
		// the history rows go in on this thread, in the step's transaction, while the files are written
		new ReportFolder(request.output(), privateFiles).write(report, changes, request.splitByTin(),
				() -> history.record(execution, report.performanceYear(), atRisk));
		log.debug("writeReports: results {} ms, changes {} ms, files and history {} ms", (built - start) / 1_000_000,
				(compared - built) / 1_000_000, (System.nanoTime() - compared) / 1_000_000);
		RunOutcome.of(report).saveTo(contribution.getStepExecution().getJobExecution().getExecutionContext());
		contribution.getStepExecution().setReadCount(report.clinicians().size());
		return RepeatStatus.FINISHED;
	}
}
