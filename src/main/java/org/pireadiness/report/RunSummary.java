package org.pireadiness.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pireadiness.history.Change;
import org.pireadiness.history.Changes;
import org.pireadiness.history.RunHistory;
import org.pireadiness.history.TrendPoint;
import org.pireadiness.intake.Tally;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatus;
import org.pireadiness.rules.Deadlines;
import org.pireadiness.rules.ReadinessCalendar;

/**
 * The content of {@code summary.json}; its field names are written in snake case, its dates as ISO strings.
 *
 * @param submissionsUnattributed the refused submissions that name no entity the portfolio knows (contract §7.4)
 * @param atRiskCliniciansByFixBy the at-risk TIN/NPIs by their fix-by date
 * @param trend the last successful runs of the year, oldest first, this one last
 * @param estimatedPiScore the READY entities' estimated PI scores (contract v3 §9.2)
 * @param historyRestarted whether the job repository did not know the run of the output folder's previous reports,
 * so that the trend and what changed start again
 */
record RunSummary(String runId, int performanceYear, String asOf, Calendar calendar, boolean provisionalRules,
		List<Tally> inputs, int submissionSetsSkipped, int submissionsUnattributed, String measureChecks, Clinicians clinicians,
		Map<String, Integer> atRiskCliniciansByFixBy, Entities atRiskEntities, Map<EntityStatus, Integer> entitiesByStatus,
		ChangeCounts changes, List<TrendPoint> trend, Map<String, Map<ClinicianStatus, Integer>> perTin,
		ScoreDistribution estimatedPiScore, boolean historyRestarted) {

	/** The year's four deadlines (contract §8.1). */
	record Calendar(String selfAssessmentDue, String latestPeriodStart, String submissionCloses,
			String hardshipApplicationCloses) {

		static Calendar of(ReadinessCalendar calendar) {
			Deadlines deadlines = calendar.deadlines();
			return new Calendar(deadlines.selfAssessmentDue().toString(), calendar.latestPeriodStart().toString(),
					deadlines.submissionCloses().toString(), deadlines.hardshipApplicationCloses().toString());
		}
	}

	/** @param previousRun false for the first run of a performance year, when there is nothing to compare with */
	record ChangeCounts(boolean previousRun, long newRisk, long resolved, long reasonsChanged) {

		static ChangeCounts of(Changes changes) {
			return new ChangeCounts(changes.previousRun().isPresent(), count(changes, Change.Type.NEW_RISK),
					count(changes, Change.Type.RESOLVED), count(changes, Change.Type.REASONS_CHANGED));
		}

		private static long count(Changes changes, Change.Type type) {
			return changes.rows().stream().filter(row -> row.type() == type).count();
		}
	}

	record Clinicians(int total, Map<ClinicianStatus, Integer> byStatus, Map<String, Integer> atRiskByReasonCode) {
	}

	record Entities(int total, Map<String, Integer> byEntityType, Map<String, Integer> byReasonCode) {
	}

	static RunSummary of(RunReport run, RunHistory history) {
		Map<ClinicianStatus, Integer> byStatus = new TreeMap<>();
		for (ClinicianStatus status : ClinicianStatus.values()) {
			byStatus.put(status, 0);
		}
		Map<String, Integer> clinicianReasons = new TreeMap<>();
		Map<String, Integer> byFixBy = new TreeMap<>();
		// the clinicians come ordered by TIN, so insertion order is TIN order and a TIN's counts are made once
		Map<String, Map<ClinicianStatus, Integer>> perTin = new LinkedHashMap<>();
		Map<ClinicianStatus, Integer> tinCounts = null;
		long currentTin = -1;
		for (ClinicianResult clinician : run.clinicians()) {
			byStatus.merge(clinician.status(), 1, Integer::sum);
			if (clinician.status() == ClinicianStatus.AT_RISK) {
				clinician.reasonCodes().forEach(code -> clinicianReasons.merge(code, 1, Integer::sum));
				byFixBy.merge(clinician.fixBy().toString(), 1, Integer::sum);
			}
			if (TinNpi.tinPart(clinician.tinNpi()) != currentTin) {
				currentTin = TinNpi.tinPart(clinician.tinNpi());
				tinCounts = perTin.computeIfAbsent(clinician.tin(), tin -> new EnumMap<>(ClinicianStatus.class));
			}
			tinCounts.merge(clinician.status(), 1, Integer::sum);
		}
		Map<String, Integer> byType = new TreeMap<>();
		Map<String, Integer> entityReasons = new TreeMap<>();
		for (EntityResult entity : run.atRiskEntities()) {
			byType.merge(entity.ref().type().name(), 1, Integer::sum);
			entity.reasonCodes().forEach(code -> entityReasons.merge(code, 1, Integer::sum));
		}
		Map<EntityStatus, Integer> entitiesByStatus = new EnumMap<>(EntityStatus.class);
		for (EntityStatus status : EntityStatus.values()) {
			entitiesByStatus.put(status, 0);
		}
		run.entities().forEach(entity -> entitiesByStatus.merge(entity.status(), 1, Integer::sum));
		return new RunSummary(run.runId(), run.performanceYear(), run.calendar().asOf().toString(),
				Calendar.of(run.calendar()), run.provisionalRules(), run.inputs(), run.submissionSetsSkipped(),
				run.unattributed().submissions(),
				run.measuresChecked() ? "checked" : "skipped: no PI measures file was given",
				new Clinicians(run.clinicians().size(), byStatus, clinicianReasons), byFixBy,
				new Entities(run.atRiskEntities().size(), byType, entityReasons), entitiesByStatus,
				ChangeCounts.of(history.changes()), history.trend(), perTin, ScoreDistribution.of(run.entities()),
				history.restartedAfter().isPresent());
	}
}
