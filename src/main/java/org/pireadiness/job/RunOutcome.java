package org.pireadiness.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.report.RunReport;

/** The figures of a finished run, kept in the job's execution context for the final line and the exit code. */
record RunOutcome(long clinicians, long atRiskClinicians, long atRiskEntities, long rejectedRows) {

	static RunOutcome of(RunReport report) {
		long atRisk = report.clinicians().stream().filter(c -> c.status() == ClinicianStatus.AT_RISK).count();
		return new RunOutcome(report.clinicians().size(), atRisk, report.atRiskEntities().size(),
				report.rejects().size());
	}

	void saveTo(ExecutionContext context) {
		context.putLong("clinicians", clinicians);
		context.putLong("atRiskClinicians", atRiskClinicians);
		context.putLong("atRiskEntities", atRiskEntities);
		context.putLong("rejectedRows", rejectedRows);
	}

	static RunOutcome from(ExecutionContext context) {
		return new RunOutcome(context.getLong("clinicians", 0), context.getLong("atRiskClinicians", 0),
				context.getLong("atRiskEntities", 0), context.getLong("rejectedRows", 0));
	}

	boolean anythingAtRisk() {
		return atRiskClinicians > 0 || atRiskEntities > 0;
	}

	String line(int year, String output) {
		return String.format("pi-readiness %d: %,d clinicians, %,d at risk; %,d reporting entities at risk; "
				+ "%,d rows rejected; reports in %s", year, clinicians, atRiskClinicians, atRiskEntities, rejectedRows,
				output);
	}
}
