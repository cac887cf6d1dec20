package org.pireadiness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.pireadiness.history.AtRisk;
import org.pireadiness.history.Change;
import org.pireadiness.history.Changes;
import org.pireadiness.history.TrendPoint;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.UnattributedSubmissions;

/**
 * What {@code report.html} shows, worked out here so the template only places values: the calendar, what to fix
 * first, the trend, counts, chart geometry, the entities at risk with their reasons and fixes, and what changed
 * since the previous run.
 */
record ReportPage(String heading, int year, String runId, boolean provisionalRules, boolean practicePage,
		boolean measuresChecked, CalendarPanel calendar, FixFirst fixFirst, TrendChart trend, ChangeSummary changes,
		List<Tile> clinicianTiles, List<Tile> entityTiles, long rejectedRows, Chart byReason, Chart byTin,
		EntityRows entities, List<String> files, UnattributedSubmissions unattributed, ScorePanel scores) {

	record Tile(String label, long value, String tone) {
	}

	record ChangeSummary(boolean previousRun, long newClinicians, long resolvedClinicians, long changedClinicians,
			long newEntities, long resolvedEntities, long changedEntities) {

		static ChangeSummary of(Changes changes) {
			return new ChangeSummary(changes.previousRun().isPresent(),
					changes.count(Change.Type.NEW_RISK, AtRisk.Kind.CLINICIAN),
					changes.count(Change.Type.RESOLVED, AtRisk.Kind.CLINICIAN),
					changes.count(Change.Type.REASONS_CHANGED, AtRisk.Kind.CLINICIAN),
					changes.count(Change.Type.NEW_RISK, AtRisk.Kind.ENTITY),
					changes.count(Change.Type.RESOLVED, AtRisk.Kind.ENTITY),
					changes.count(Change.Type.REASONS_CHANGED, AtRisk.Kind.ENTITY));
		}
	}

	/**
	 * @param trend the page's runs, oldest first, this one last
	 * @param practiceTin the TIN of a practice's own page, or null for the whole run
	 */
	static ReportPage of(RunReport run, Changes changes, List<TrendPoint> trend, String practiceTin) {
		var entityRows = EntityRows.of(run);
		boolean practice = practiceTin != null;
		// one pass over a national run's million clinicians, counting in place (streams boxed every count)
		long[] byStatus = new long[ClinicianStatus.values().length];
		List<ClinicianResult> atRisk = new ArrayList<>();
		for (ClinicianResult clinician : run.clinicians()) {
			byStatus[clinician.status().ordinal()]++;
			if (clinician.status() == ClinicianStatus.AT_RISK) {
				atRisk.add(clinician);
			}
		}
		List<Tile> clinicianTiles = List.of(tile("Clinicians at risk", byStatus, ClinicianStatus.AT_RISK, "risk"),
				tile("Ready", byStatus, ClinicianStatus.READY, "ok"),
				tile("Reweighted", byStatus, ClinicianStatus.REWEIGHTED, "neutral"),
				tile("Not eligible", byStatus, ClinicianStatus.NOT_ELIGIBLE, "neutral"));
		Map<EntityType, Long> entitiesByType = run.atRiskEntities().stream()
			.collect(Collectors.groupingBy(entity -> entity.ref().type(), TreeMap::new, Collectors.counting()));
		List<Tile> entityTiles = new ArrayList<>(entitiesByType.entrySet().stream()
			.map(entry -> new Tile(label(entry.getKey()) + " at risk", entry.getValue(), "risk"))
			.toList());
		entityTiles.add(new Tile("Entities ready", entityRows.ready(), "ok"));
		Map<String, Long> byReason = atRisk.stream().flatMap(c -> c.reasonCodes().stream())
			.collect(Collectors.groupingBy(code -> code, TreeMap::new, Collectors.counting()));
		Map<String, Long> byTin = atRisk.stream()
			.collect(Collectors.groupingBy(ClinicianResult::tin, TreeMap::new, Collectors.counting()));
		List<String> files = practice
				? List.of(CsvReports.AT_RISK_CLINICIANS, CsvReports.AT_RISK_ENTITIES, CsvReports.ENTITY_STATUS)
				: List.of(CsvReports.AT_RISK_CLINICIANS, CsvReports.AT_RISK_ENTITIES, CsvReports.ENTITY_STATUS,
						CsvReports.CLINICIAN_STATUS, CsvReports.REJECTED_ROWS, CsvReports.CHANGES, ReportFolder.SUMMARY);
		String heading = practice ? "PI readiness " + run.performanceYear() + ": TIN " + practiceTin
				: "PI readiness " + run.performanceYear();
		return new ReportPage(heading, run.performanceYear(), run.runId(), run.provisionalRules(), practice,
				run.measuresChecked(), CalendarPanel.of(run.calendar()), FixFirst.of(run), TrendChart.of(trend),
				ChangeSummary.of(changes), clinicianTiles, entityTiles, run.rejects().size(),
				Chart.of("At-risk clinicians by reason code", byReason, Integer.MAX_VALUE),
				Chart.of("At-risk clinicians by TIN (top 20)", byTin, 20), entityRows, files, run.unattributed(),
				ScorePanel.of(run.entities(), run.lowScoreThreshold()));
	}

	private static Tile tile(String label, long[] counts, ClinicianStatus status, String tone) {
		return new Tile(label, counts[status.ordinal()], tone);
	}

	private static String label(EntityType type) {
		return switch (type) {
			case GROUP -> "Groups";
			case VIRTUAL_GROUP -> "Virtual groups";
			case APM_ENTITY -> "APM entities";
			case SUBGROUP -> "Subgroups";
			case INDIVIDUAL -> "Individual submissions";
		};
	}
}
