package org.pireadiness.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.pireadiness.history.PreviousRun;
import org.pireadiness.report.PreviousReports;

/**
 * Starts, resumes or skips the job for one set of parameters. Called only while this process holds the run
 * locks, so an execution still marked as running was left behind by a process that died.
 */
@Component
class JobLaunch {

	private static final Logger log = LoggerFactory.getLogger(JobLaunch.class);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	JobLaunch(JobOperator operator, JobRepository repository, Job job) {
		this.operator = operator;
		this.repository = repository;
		this.job = job;
	}

	JobExecution run(RunParameters run) throws Exception {
		recoverAbandoned();
		JobParameters parameters = run.toJobParameters();
		JobExecution previous = repository.getLastJobExecution(PiReadinessJobConfiguration.JOB_NAME, parameters);
		if (previous != null && previous.getStatus() != BatchStatus.COMPLETED) {
			log.info("Resuming the run of these inputs that did not finish (job execution {}, {})", previous.getId(),
					previous.getStatus());
		}
		try {
			return operator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution last = repository.getLastJobExecution(PiReadinessJobConfiguration.JOB_NAME, parameters);
			if (reportsInPlace(run)) {
				log.info("These inputs were already processed for {}; the reports in {} are current",
						run.request().performanceYear(), run.request().output());
				return last;
			}
			log.info("These inputs were already processed, but their reports are no longer in {}: writing them again",
					run.request().output());
			return operator.start(job, new JobParametersBuilder(parameters)
				.addLong("reports.rewritten", System.currentTimeMillis(), true).toJobParameters());
		}
	}

	/** Marks FAILED every execution a killed process left running, so it can be restarted. */
	private void recoverAbandoned() {
		for (JobExecution running : repository.findRunningJobExecutions(PiReadinessJobConfiguration.JOB_NAME)) {
			log.warn("Recovering job execution {} (started {}), left unfinished by a process that stopped",
					running.getId(), running.getStartTime());
			operator.recover(running);
		}
	}

	private static boolean reportsInPlace(RunParameters run) {
		return PreviousReports.of(run.request().output()).map(PreviousRun::runId).filter(run.runId()::equals).isPresent();
	}
}
