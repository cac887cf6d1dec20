package org.pireadiness.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;

import org.pireadiness.report.ReportFolder;
import org.pireadiness.rules.ReadinessCalendar;

/**
 * As a run starts, renders the report page once for an empty run on one of the run's threads, while the steps go on:
 * the first page a JVM renders costs 0.35-0.45 s, and the run's own page, written last, then costs about half
 * (issue 29: the sample run's writeReports 0.43 to 0.24 s). Nothing waits for it; if it fails, the run's own page
 * meets the same problem and reports it.
 */
class PagePreparation implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PagePreparation.class);

	private final ObjectProvider<ReadinessCalendar> calendar;

	private final TaskExecutor runThreads;

	PagePreparation(ObjectProvider<ReadinessCalendar> calendar, TaskExecutor runThreads) {
		this.calendar = calendar;
		this.runThreads = runThreads;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		ReadinessCalendar runCalendar = calendar.getObject();
		runThreads.execute(() -> {
			try {
				ReportFolder.preparePage(runCalendar);
			}
			catch (RuntimeException ex) {
				log.debug("The report page could not be prepared ahead: {}", ex.toString());
			}
		});
	}
}
