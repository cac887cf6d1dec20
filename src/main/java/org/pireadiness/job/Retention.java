package org.pireadiness.job;

import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.pireadiness.history.RiskHistory;

/**
 * Deletes the job instances whose last execution ended more than the retention period ago, and the risk history
 * of runs recorded before then, so the job repository does not grow by a run every night forever.
 */
@Component
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private static final int PAGE = 500;

	private final JobRepository repository;

	private final JobProperties settings;

	private final RiskHistory history;

	Retention(JobRepository repository, JobProperties settings, RiskHistory history) {
		this.repository = repository;
		this.settings = settings;
		this.history = history;
	}

	int prune() {
		LocalDateTime cutoff = LocalDateTime.now().minusDays(settings.retentionDays());
		int deleted = 0;
		int start = 0;
		List<JobInstance> page;
		do {
			page = repository.getJobInstances(PiReadinessJobConfiguration.JOB_NAME, start, PAGE);
			for (JobInstance instance : page) {
				JobExecution last = repository.getLastJobExecution(instance);
				LocalDateTime when = last == null ? null : last.getEndTime() != null ? last.getEndTime() : last.getCreateTime();
				if (last != null && !last.isRunning() && when != null && when.isBefore(cutoff)) {
					repository.deleteJobInstance(instance);
					deleted++;
				}
				else {
					start++;
				}
			}
		}
		while (page.size() == PAGE);
		history.prune(cutoff);
		if (deleted > 0) {
			log.info("Deleted {} job runs older than {} days from the job repository", deleted, settings.retentionDays());
		}
		return deleted;
	}
}
