package org.pireadiness.job;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import org.pireadiness.intake.ChecklistFile;
import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.intake.GroupsFile;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.intake.MeasuresFile;
import org.pireadiness.propagation.ClinicianBook;
import org.pireadiness.propagation.PiSources;
import org.pireadiness.propagation.SubmissionBook;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.MeasureCatalog;
import org.pireadiness.rules.MeasureRules;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.RulesProperties;
import org.pireadiness.rules.ScoreEstimator;
import org.pireadiness.rules.SubmissionRules;

/**
 * What one run holds between its steps: one bean of each kind per job execution, made when a step of it first
 * asks and only inside it (the "job" scope, without a proxy: the steps' beans take the run's own objects, and the
 * rows they handle never go through a proxy). A restarted run is a new execution, and builds them anew from the
 * files.
 */
@Configuration(proxyBeanMethods = false)
class RunStateConfiguration {

	private static final String RUN = "job";

	@Bean
	@Scope(RUN)
	RunParameters runParameters(@Value("#{jobExecution}") JobExecution execution) {
		return RunParameters.of(execution.getJobParameters());
	}

	@Bean
	@Scope(RUN)
	IntakeLedger intakeLedger() {
		return new IntakeLedger(List.of(GroupsFile.LABEL, ChecklistFile.LABEL, MeasuresFile.LABEL, CliniciansFile.LABEL));
	}

	@Bean
	@Scope(RUN)
	ChecklistBook checklistBook(RunParameters run, RulesProperties rules, RunInputs inputs) {
		return new ChecklistBook(submissionRules(run, rules).year(), inputs.catalog(run.request()));
	}

	@Bean
	@Scope(RUN)
	MeasureBook measureBook(RunParameters run, RulesProperties rules) {
		if (run.request().measures().isEmpty()) {
			return MeasureBook.skipped();
		}
		var year = submissionRules(run, rules).year();
		var catalog = MeasureCatalog.forYear(year.year());
		return MeasureBook.checkedBy(new MeasureRules(catalog, year.rules().measuresReportedOnly()),
				new ScoreEstimator(catalog, year.rules().points()));
	}

	@Bean
	@Scope(RUN)
	PiSources piSources(RunParameters run, RulesProperties rules, ChecklistBook checklists, MeasureBook measures,
			SubmissionBook submissions) {
		return new PiSources(submissionRules(run, rules), checklists, measures, submissions);
	}

	@Bean
	@Scope(RUN)
	SubmissionBook submissionBook(RunParameters run, RulesProperties rules) {
		var year = submissionRules(run, rules).year();
		var catalog = MeasureCatalog.forYear(year.year());
		return new SubmissionBook(submissionRules(run, rules), new MeasureRules(catalog,
				year.rules().measuresReportedOnly()), new ScoreEstimator(catalog, year.rules().points()));
	}

	@Bean
	@Scope(RUN)
	ReadinessCalendar readinessCalendar(RunParameters run, RulesProperties rules) {
		return new ReadinessCalendar(submissionRules(run, rules).year(), run.request().asOf());
	}

	@Bean
	@Scope(RUN)
	ClinicianBook clinicianBook(RunParameters run, RulesProperties rules, ReadinessCalendar calendar) {
		return new ClinicianBook(rules.smallPracticeMaxNpis(), calendar);
	}

	private static SubmissionRules submissionRules(RunParameters run, RulesProperties rules) {
		return rules.submissionRules(run.request().performanceYear());
	}
}
