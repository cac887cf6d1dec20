package org.pireadiness.job;

import java.util.List;

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
 * The last step: compares this run's risks with the previous successful run of the year, publishes the reports,
 * and records this run's risks. The record is written in the step's transaction, so only a run that finished
 * becomes the next run's "previous".
 */
class WriteReportsTasklet implements Tasklet {

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
		RunReport report = workspace.report();
		List<AtRisk> atRisk = report.atRisk();
		long execution = contribution.getStepExecution().getJobExecutionId();
		Changes changes = history.changesSince(report.performanceYear(), execution, atRisk);
		var request = workspace.parameters().request();
		new ReportFolder(request.output(), privateFiles).write(report, changes, request.splitByTin());
		history.record(execution, report.performanceYear(), atRisk);
		RunOutcome.of(report).saveTo(contribution.getStepExecution().getJobExecution().getExecutionContext());
		contribution.getStepExecution().setReadCount(report.clinicians().size());
		return RepeatStatus.FINISHED;
	}
}
