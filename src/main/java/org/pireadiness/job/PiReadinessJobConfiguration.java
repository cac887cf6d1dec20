package org.pireadiness.job;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.pireadiness.history.RiskHistory;
import org.pireadiness.intake.ChecklistVocabulary;
import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.rules.PerformanceYear;
import org.pireadiness.rules.RulesProperties;
import org.pireadiness.rules.SubmissionRules;

/**
 * The job: read the groups and PI measures while the checklists are read, judge the entities, judge every
 * clinician path, write the reports. Every step may run again on a restart, because the state between them lives in memory. Listener
 * beans in the context (monitoring, or tests that stop a run inside a step) are attached to the steps.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RulesProperties.class, JobProperties.class })
class PiReadinessJobConfiguration {

	static final String JOB_NAME = "piReadinessJob";

	@Bean
	Job piReadinessJob(JobRepository repository, Step readGroups, Step readChecklists, Step readMeasures,
			Step judgeEntities, Step judgeClinicians, Step writeReports) {
		return new JobBuilder(JOB_NAME, repository).start(readInputs(readGroups, readChecklists, readMeasures))
			.next(judgeEntities)
			.next(judgeClinicians)
			.next(writeReports)
			.end()
			.build();
	}

	/** The checklists, by far the largest file, are read on one thread while the groups and measures are on another. */
	private static Flow readInputs(Step readGroups, Step readChecklists, Step readMeasures) {
		Flow checklists = new FlowBuilder<SimpleFlow>("checklists").start(readChecklists).build();
		Flow groupsAndMeasures = new FlowBuilder<SimpleFlow>("groupsAndMeasures").start(readGroups)
			.next(readMeasures)
			.build();
		return new FlowBuilder<SimpleFlow>("readInputs").split(new SimpleAsyncTaskExecutor("read-"))
			.add(checklists, groupsAndMeasures)
			.build();
	}

	@Bean
	@JobScope
	RunWorkspace runWorkspace(@Value("#{jobExecution}") JobExecution execution, RulesProperties rules,
			JobProperties settings) {
		RunParameters parameters = RunParameters.of(execution.getJobParameters());
		int year = parameters.request().performanceYear();
		var submissionRules = new SubmissionRules(new PerformanceYear(year, rules.performanceYears().get(year)),
				rules.cehrtIdPatterns());
		return new RunWorkspace(parameters, submissionRules, vocabulary(rules),
				settings.intakeLimits());
	}

	static ChecklistVocabulary vocabulary(RulesProperties rules) {
		Set<String> editions = new HashSet<>();
		rules.performanceYears().values().forEach(year -> editions.addAll(year.acceptedGuideEditions()));
		return new ChecklistVocabulary(editions, Set.copyOf(rules.answeredStatuses()));
	}

	@Bean
	Step readGroups(JobRepository repository, PlatformTransactionManager transactions, RunWorkspace workspace,
			ObjectProvider<StepExecutionListener> listeners) {
		return tasklet("readGroups", workspace::readGroups, repository, transactions, listeners);
	}

	@Bean
	Step readChecklists(JobRepository repository, PlatformTransactionManager transactions, RunWorkspace workspace,
			ObjectProvider<StepExecutionListener> listeners) {
		return tasklet("readChecklists", workspace::readChecklists, repository, transactions, listeners);
	}

	@Bean
	Step readMeasures(JobRepository repository, PlatformTransactionManager transactions, RunWorkspace workspace,
			ObjectProvider<StepExecutionListener> listeners) {
		return tasklet("readMeasures", workspace::readMeasures, repository, transactions, listeners);
	}

	@Bean
	Step judgeEntities(JobRepository repository, PlatformTransactionManager transactions, RunWorkspace workspace,
			ObjectProvider<StepExecutionListener> listeners) {
		return tasklet("judgeEntities", workspace::judgeEntities, repository, transactions, listeners);
	}

	/** Clinician rows are judged and folded into the book a chunk at a time, the workspace looked up once per chunk. */
	@Bean
	Step judgeClinicians(JobRepository repository, PlatformTransactionManager transactions, RunWorkspace workspace,
			JobProperties settings, ObjectProvider<StepExecutionListener> listeners,
			ObjectProvider<ItemWriteListener<ClinicianRow>> writeListeners) {
		var step = new StepBuilder("judgeClinicians", repository)
			.<ClinicianRow, ClinicianRow>chunk(settings.chunkSize())
			.transactionManager(transactions)
			.reader(new ClinicianItemReader(workspace))
			.writer(chunk -> workspace.judgePaths(chunk.getItems()))
			.allowStartIfComplete(true)
			.listener(new StepProgressListener());
		listeners.orderedStream().forEach(step::listener);
		writeListeners.orderedStream().forEach(step::listener);
		return step.build();
	}

	@Bean
	Step writeReports(JobRepository repository, PlatformTransactionManager transactions, RunWorkspace workspace,
			RiskHistory history, JobProperties settings, ObjectProvider<StepExecutionListener> listeners) {
		return taskletStep("writeReports", new WriteReportsTasklet(workspace, history, settings.privateFiles()),
				repository, transactions, listeners);
	}

	private static Step tasklet(String name, LongSupplier work, JobRepository repository,
			PlatformTransactionManager transactions, ObjectProvider<StepExecutionListener> listeners) {
		Tasklet tasklet = (contribution, context) -> {
			contribution.getStepExecution().setReadCount(work.getAsLong());
			return RepeatStatus.FINISHED;
		};
		return taskletStep(name, tasklet, repository, transactions, listeners);
	}

	/** A step that may run again on a restart, logging its progress, with any listener beans attached. */
	private static Step taskletStep(String name, Tasklet tasklet, JobRepository repository,
			PlatformTransactionManager transactions, ObjectProvider<StepExecutionListener> listeners) {
		var step = new StepBuilder(name, repository).tasklet(tasklet, transactions)
			.allowStartIfComplete(true)
			.listener(new StepProgressListener());
		listeners.orderedStream().forEach(step::listener);
		return step.build();
	}
}
