package org.pireadiness.job;

import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.pireadiness.history.AtRisk;
import org.pireadiness.history.Changes;
import org.pireadiness.history.RiskHistory;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.propagation.EntityStatuses;
import org.pireadiness.propagation.ClinicianBook;
import org.pireadiness.propagation.PiSources;
import org.pireadiness.report.PrivateFiles;
import org.pireadiness.report.ReportFolder;
import org.pireadiness.report.RunReport;
import org.pireadiness.rules.PerformanceYear;

/**
 * The last step: the run's findings as the reports show them, compared with the previous successful run of the
 * year, written and published, and this run's risks recorded. The record is written in the step's transaction, so
 * only a run that finished becomes the next run's "previous".
 */
class WriteReportsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

	private final RunParameters run;

	private final PiSources sources;

	private final ClinicianBook clinicians;

	private final PerformanceYear year;

	private final boolean measuresChecked;

	private final IntakeLedger ledger;

	private final RiskHistory history;

	private final PrivateFiles privateFiles;

	private final Executor runThreads;

	WriteReportsTasklet(RunParameters run, PerformanceYear year, PiSources sources, ClinicianBook clinicians,
			boolean measuresChecked, IntakeLedger ledger, RiskHistory history, PrivateFiles privateFiles,
			Executor runThreads) {
		this.run = run;
		this.year = year;
		this.sources = sources;
		this.clinicians = clinicians;
		this.measuresChecked = measuresChecked;
		this.ledger = ledger;
		this.history = history;
		this.privateFiles = privateFiles;
		this.runThreads = runThreads;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		long start = System.nanoTime();
		RunReport report = report();
		List<AtRisk> atRisk = report.atRisk();
		long built = System.nanoTime();
		long execution = contribution.getStepExecution().getJobExecutionId();
		Changes changes = history.changesSince(report.performanceYear(), execution, atRisk);
		long compared = System.nanoTime();
		// the history rows go in on this thread, in the step's transaction, while the files are written
		new ReportFolder(run.request().output(), privateFiles, runThreads).write(report, changes,
				run.request().splitByTin(), () -> history.record(execution, report.performanceYear(), atRisk));
		log.debug("writeReports: results {} ms, changes {} ms, files and history {} ms", (built - start) / 1_000_000,
				(compared - built) / 1_000_000, (System.nanoTime() - compared) / 1_000_000);
		RunOutcome.of(report).saveTo(contribution.getStepExecution().getJobExecution().getExecutionContext());
		contribution.getStepExecution().setReadCount(report.clinicians().size());
		return RepeatStatus.FINISHED;
	}

	/** The clinicians' results, built on the run's threads, then every entity's status. */
	private RunReport report() {
		var results = clinicians.results(runThreads);
		var entities = EntityStatuses.list(sources, clinicians, runThreads);
		return RunReport.of(run.runId(), year, ledger, measuresChecked, results, entities);
	}

}
