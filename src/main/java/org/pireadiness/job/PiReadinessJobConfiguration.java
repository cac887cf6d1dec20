package org.pireadiness.job;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.pireadiness.history.RiskHistory;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.propagation.ClinicianBook;
import org.pireadiness.propagation.PathOutcome;
import org.pireadiness.propagation.PiSources;
import org.pireadiness.propagation.SubmissionBook;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.MeasureCatalog;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.RulesProperties;

/**
 * The job: read the groups and PI measures while the checklists are read, judge the entities, judge every
 * clinician path, write the reports (whose page is made ready beside the steps: {@link PagePreparation}).
 * <p>
 * What a run holds between its steps ({@link RunStateConfiguration}): the PI sources, which readGroups fills with
 * the portfolio's entities and judgeEntities with their verdicts; the checklist, measure and submission books,
 * which the read steps fill and seal; the clinician book, which judgeClinicians fills; and the ledger of every
 * file's rows and rejects. Each step's tasklet, or reader, processor and writer, says in its bean method which of
 * them it reads and which it fills. Listener beans (monitoring, or tests that stop a run) are attached to the steps.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RulesProperties.class, JobProperties.class })
class PiReadinessJobConfiguration {

	static final String JOB_NAME = "piReadinessJob";

	@Bean
	Job piReadinessJob(JobRepository repository, Step readGroups, Step readChecklists, Step readMeasures,
			Step readSubmissions, Step judgeEntities, Step judgeClinicians, Step writeReports,
			ThreadPoolTaskExecutor runThreads, ObjectProvider<ReadinessCalendar> calendar) {
		return new JobBuilder(JOB_NAME, repository)
			.listener(new PagePreparation(calendar, runThreads))
			.start(readInputs(readGroups, readChecklists, readMeasures, readSubmissions, runThreads))
			.next(judgeEntities)
			.next(judgeClinicians)
			.next(writeReports)
			.end()
			.build();
	}

	/** The checklists, by far the largest file, are read beside the groups, then the measures and submission files. */
	private static Flow readInputs(Step readGroups, Step readChecklists, Step readMeasures, Step readSubmissions,
			ThreadPoolTaskExecutor runThreads) {
		Flow checklists = new FlowBuilder<SimpleFlow>("checklists").start(readChecklists).build();
		Flow groupsAndMeasures = new FlowBuilder<SimpleFlow>("groupsAndMeasures").start(readGroups)
			.next(readMeasures)
			.next(readSubmissions)
			.build();
		return new FlowBuilder<SimpleFlow>("readInputs").split(runThreads).add(checklists, groupsAndMeasures).build();
	}

	// The steps, each with what it reads and what it fills.

	/** groups.csv into the PI sources, each entity with its own PI data judged. */
	@Bean
	@JobScope
	Tasklet readGroupsTasklet(RunInputs inputs, RunParameters run, PiSources sources, IntakeLedger ledger, RunStop stop) {
		return new ReadFileTasklet<>(() -> inputs.groups(run.request()), sources::add, file -> {
		}, ledger, stop);
	}

	/** checklist_results.csv into the checklist book, sealed once read. */
	@Bean
	@JobScope
	Tasklet readChecklistsTasklet(RunInputs inputs, RunParameters run, ChecklistBook checklists, IntakeLedger ledger,
			RunStop stop) {
		return new ReadFileTasklet<>(() -> inputs.checklist(run.request()), checklists::add, file -> checklists.seal(),
				ledger, stop);
	}

	/** pi_measures.csv, when there is one, into the measure book, sealed (judged) once read. */
	@Bean
	@JobScope
	Tasklet readMeasuresTasklet(RunInputs inputs, RunParameters run, MeasureBook measures, IntakeLedger ledger,
			RunStop stop) {
		return ReadMeasuresTasklet.of(inputs, run, measures, ledger, stop);
	}

	/** The submission files of --submissions into the submission book, each PI set judged on its own data. */
	@Bean
	@JobScope
	Tasklet readSubmissionsTasklet(RunInputs inputs, RunParameters run, RulesProperties rules,
			SubmissionBook submissions, IntakeLedger ledger, RunStop stop) {
		int year = run.request().performanceYear();
		return new ReadSubmissionsTasklet(inputs.submissions(run.request()), year,
				rules.performanceYears().get(year).qrdaGuides(), MeasureCatalog.forYear(year), submissions, ledger, stop);
	}

	/** The sealed checklist and measure books' findings, and the submission book's sets, into the PI sources. */
	@Bean
	@JobScope
	Tasklet judgeEntitiesTasklet(PiSources sources) {
		return (contribution, context) -> {
			contribution.getStepExecution().setReadCount(sources.judgeEntities());
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * The PI sources, the clinician book, the submission book (for the refused files no entity claims) and the ledger,
	 * on the run's calendar, into the reports and the history.
	 */
	@Bean
	@JobScope
	Tasklet writeReportsTasklet(RunParameters run, ReadinessCalendar calendar, PiSources sources,
			ClinicianBook clinicians, SubmissionBook submissions, MeasureBook measures, IntakeLedger ledger,
			RiskHistory history, JobProperties settings, ThreadPoolTaskExecutor runThreads, RunStop stop) {
		return new WriteReportsTasklet(run, calendar, sources, clinicians, submissions, measures.checked(), ledger,
				history, settings.privateFiles(), settings.lowScoreThreshold(), runThreads, stop);
	}

	@Bean
	Step readGroups(StepFactory steps, Tasklet readGroupsTasklet) {
		return steps.tasklet("readGroups", readGroupsTasklet);
	}

	@Bean
	Step readChecklists(StepFactory steps, Tasklet readChecklistsTasklet) {
		return steps.tasklet("readChecklists", readChecklistsTasklet);
	}

	@Bean
	Step readMeasures(StepFactory steps, Tasklet readMeasuresTasklet) {
		return steps.tasklet("readMeasures", readMeasuresTasklet);
	}

	@Bean
	Step readSubmissions(StepFactory steps, Tasklet readSubmissionsTasklet) {
		return steps.tasklet("readSubmissions", readSubmissionsTasklet);
	}

	@Bean
	Step judgeEntities(StepFactory steps, Tasklet judgeEntitiesTasklet) {
		return steps.tasklet("judgeEntities", judgeEntitiesTasklet);
	}

	/**
	 * clinicians.csv (and the individual paths PI sets add), each path judged by its PI source, into the clinician
	 * book, a chunk of rows at a time. The reader and processor bind the run's file, ledger and sources when the
	 * step opens, as they are called for every row; the writer asks for the run's book once per chunk.
	 */
	@Bean
	Step judgeClinicians(StepFactory steps, RunInputs inputs, ObjectProvider<RunParameters> run,
			ObjectProvider<IntakeLedger> ledger, ObjectProvider<SubmissionBook> submissions, ObjectProvider<PiSources> sources,
			ObjectProvider<ClinicianBook> clinicians, ObjectProvider<ItemWriteListener<PathOutcome>> writeListeners) {
		var step = steps.chunk("judgeClinicians", ClinicianRow.class, PathOutcome.class)
			.reader(new ClinicianItemReader(inputs, run, ledger, submissions))
			.processor(new PathJudgeProcessor(sources))
			.writer(chunk -> clinicians.getObject().addAll(chunk.getItems()));
		writeListeners.orderedStream().forEach(step::listener);
		return step.build();
	}

	@Bean
	Step writeReports(StepFactory steps, Tasklet writeReportsTasklet) {
		return steps.tasklet("writeReports", writeReportsTasklet);
	}

	/** How the steps are made: restartable, stopped by a signal, logging their progress, with the listener beans. */
	@Bean
	StepFactory stepFactory(JobRepository repository, PlatformTransactionManager transactions, JobProperties settings,
			RunStop stop, ObjectProvider<StepExecutionListener> listeners) {
		return new StepFactory(repository, transactions, settings.chunkSize(), stop, listeners);
	}
}
