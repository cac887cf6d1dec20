package org.pireadiness.job;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.pireadiness.history.RiskHistory;

/**
 * Deletes the job instances whose last execution ended more than the retention period ago, and the risk history
 * of runs recorded before then, so the job repository does not grow by a run every night forever.
 */
@Component
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/**
	 * The job's instances whose last execution is not running and ended (or, never having started, was created)
	 * before the cutoff: one query, as a year of nightly runs is hundreds of instances.
	 */
	private static final String OLD_INSTANCES = "select e.JOB_INSTANCE_ID from BATCH_JOB_EXECUTION e "
			+ "join BATCH_JOB_INSTANCE i on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID where i.JOB_NAME = ? "
			+ "and e.JOB_EXECUTION_ID = (select max(x.JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION x "
			+ "where x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID) and e.STATUS not in ('STARTING', 'STARTED', 'STOPPING') "
			+ "and coalesce(e.END_TIME, e.CREATE_TIME) < ?";

	private final JobRepository repository;

	private final JobProperties settings;

	private final RiskHistory history;

	private final JdbcTemplate jdbc;

	Retention(JobRepository repository, JobProperties settings, RiskHistory history, JdbcTemplate jdbc) {
		this.repository = repository;
		this.settings = settings;
		this.history = history;
		this.jdbc = jdbc;
	}

	int prune() {
		LocalDateTime cutoff = LocalDateTime.now().minusDays(settings.retentionDays());
		List<Long> old = jdbc.queryForList(OLD_INSTANCES, Long.class, PiReadinessJobConfiguration.JOB_NAME,
				Timestamp.valueOf(cutoff));
		for (Long id : old) {
			JobInstance instance = repository.getJobInstance(id);
			if (instance != null) {
				repository.deleteJobInstance(instance);
			}
		}
		history.prune(cutoff);
		if (!old.isEmpty()) {
			log.info("Deleted {} job runs older than {} days from the job repository", old.size(), settings.retentionDays());
		}
		return old.size();
	}
}
