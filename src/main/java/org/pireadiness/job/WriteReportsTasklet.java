package org.pireadiness.job;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.pireadiness.history.PreviousRun;
import org.pireadiness.history.RiskHistory;
import org.pireadiness.history.RunHistory;
import org.pireadiness.history.RunRecord;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.propagation.ClinicianBook;
import org.pireadiness.propagation.EntityStatuses;
import org.pireadiness.propagation.PiSources;
import org.pireadiness.propagation.SubmissionBook;
import org.pireadiness.propagation.UnattributedSubmissions;
import org.pireadiness.report.PreviousReports;
import org.pireadiness.report.PrivateFiles;
import org.pireadiness.report.ReportFolder;
import org.pireadiness.report.RunReport;
import org.pireadiness.report.TinPackages;
import org.pireadiness.rules.ReadinessCalendar;

/**
 * The last step: the run's findings as the reports show them, compared with the previous successful runs of the
 * year (what changed, the trend), written and published, and this run's risks and counts recorded. The record is
 * written in the step's transaction, so only a run that finished becomes the next run's "previous"; a stop asked for
 * before the reports are published discards them and the record.
 */
class WriteReportsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

	private final RunParameters run;

	private final PiSources sources;

	private final ClinicianBook clinicians;

	private final SubmissionBook submissions;

	private final ReadinessCalendar calendar;

	private final boolean measuresChecked;

	private final IntakeLedger ledger;

	private final RiskHistory history;

	private final PrivateFiles privateFiles;

	private final int lowScoreThreshold;

	private final Executor runThreads;

	private final RunStop stop;

	WriteReportsTasklet(RunParameters run, ReadinessCalendar calendar, PiSources sources, ClinicianBook clinicians,
			SubmissionBook submissions, boolean measuresChecked, IntakeLedger ledger, RiskHistory history,
			PrivateFiles privateFiles, int lowScoreThreshold, Executor runThreads, RunStop stop) {
		this.run = run;
		this.calendar = calendar;
		this.sources = sources;
		this.clinicians = clinicians;
		this.submissions = submissions;
		this.measuresChecked = measuresChecked;
		this.ledger = ledger;
		this.history = history;
		this.privateFiles = privateFiles;
		this.lowScoreThreshold = lowScoreThreshold;
		this.runThreads = runThreads;
		this.stop = stop;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws JobInterruptedException {
		long start = System.nanoTime();
		RunReport report = report();
		stop.checkpoint();
		Optional<TinPackages> packages = run.request().splitByTin() ? Optional.of(TinPackages.of(report))
				: Optional.empty();
		RunRecord record = report.record(packages.map(TinPackages::atRisk).orElse(List.of()));
		stop.checkpoint();
		long built = System.nanoTime();
		long execution = contribution.getStepExecution().getJobExecutionId();
		RunHistory past = lookBack(report.performanceYear(), execution, record);
		long compared = System.nanoTime();
		// the history rows go in on this thread, in the step's transaction, while the files are written
		boolean published = new ReportFolder(run.request().output(), privateFiles, runThreads).write(report, past,
				packages, () -> history.record(execution, report.performanceYear(), record), () -> stop.signal().isEmpty());
		if (!published) {
			stop.checkpoint(); // the history row goes with the step's transaction; the previous reports stay
		}
		log.debug("writeReports: results {} ms, history read {} ms, files and history {} ms",
				(built - start) / 1_000_000, (compared - built) / 1_000_000, (System.nanoTime() - compared) / 1_000_000);
		logEstimates(report);
		RunOutcome.of(report).saveTo(contribution.getStepExecution().getJobExecution().getExecutionContext());
		contribution.getStepExecution().setReadCount(report.clinicians().size());
		return RepeatStatus.FINISHED;
	}

	/**
	 * What changed and the trend, from the job repository; or, when the repository does not know the run of the
	 * reports in the output folder (damaged, replaced, another one), a history that starts again, said once in the log.
	 */
	private RunHistory lookBack(int year, long execution, RunRecord record) {
		Optional<PreviousRun> unknown = PreviousReports.of(run.request().output())
			.filter(previous -> !previous.runId().equals(record.runId()) && !history.knows(previous.runId()));
		if (unknown.isEmpty()) {
			return history.lookBack(year, execution, record);
		}
		log.warn("History restarted: {}", unknown.get().restartReason());
		return RunHistory.restarted(unknown.get(), record);
	}

	/** Says once that the scores are estimates, and how sure (contract v3 §9.2). */
	private static void logEstimates(RunReport report) {
		long estimated = report.entities().stream().filter(entity -> entity.estimate().present()).count();
		if (estimated > 0) {
			log.info("Estimated PI scores for {} READY entities: estimates from CMS's published points (the year's points "
					+ "table, each value with its confidence), not CMS's score, which CMS's scorer decides; an exact .5 "
					+ "rounded up and some redistribution edges are UNCONFIRMED", estimated);
		}
	}

	/** The clinicians' results, then every entity's status. */
	private RunReport report() {
		var results = clinicians.results();
		var entities = EntityStatuses.list(sources, clinicians, calendar);
		var unattributed = UnattributedSubmissions.of(submissions, sources, clinicians, ledger.unattributedByFile());
		return RunReport.of(run.runId(), calendar, ledger, measuresChecked, results, entities, unattributed,
				lowScoreThreshold);
	}

}
