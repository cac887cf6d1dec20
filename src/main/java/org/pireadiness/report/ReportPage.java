package org.pireadiness.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pireadiness.history.AtRisk;
import org.pireadiness.history.Change;
import org.pireadiness.history.Changes;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.rules.Finding;

/**
 * What {@code report.html} shows, worked out here so the template only places values: counts, chart geometry,
 * the entities at risk with their reasons and fixes, and what changed since the previous run.
 */
record ReportPage(String heading, int year, String runId, boolean practicePage, boolean measuresChecked,
		ChangeSummary changes,
		List<Tile> clinicianTiles, List<Tile> entityTiles, long rejectedRows, Chart byReason, Chart byTin,
		List<EntityRow> entities, int entitiesAtRisk, List<String> files) {

	/** The page lists this many entities, those affecting most clinicians; the CSV has them all. */
	static final int ENTITIES_SHOWN = 500;

	record Tile(String label, long value, String tone) {
	}

	record Bar(String label, long value, int y, int width) {
	}

	record Chart(String title, int height, List<Bar> bars) {

		static final int LABEL_WIDTH = 250;

		static final int BAR_SPACE = 420;

		static final int ROW = 24;

		static Chart of(String title, Map<String, Long> counts, int most) {
			List<Map.Entry<String, Long>> top = counts.entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(most)
				.toList();
			long max = top.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
			List<Bar> bars = new java.util.ArrayList<>();
			for (int i = 0; i < top.size(); i++) {
				long value = top.get(i).getValue();
				bars.add(new Bar(top.get(i).getKey(), value, i * ROW, (int) Math.max(1, Math.round(value * BAR_SPACE / (double) max))));
			}
			return new Chart(title, Math.max(ROW, bars.size() * ROW), bars);
		}
	}

	record EntityRow(String type, String id, String npi, String name, int affected, String codes, List<String> reasons,
			List<String> fixes, String warnings) {
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

	static ReportPage of(RunReport run, Changes changes, String practiceTin) {
		boolean practice = practiceTin != null;
		Map<ClinicianStatus, Long> byStatus = run.clinicians().stream()
			.collect(Collectors.groupingBy(ClinicianResult::status, () -> new java.util.EnumMap<>(ClinicianStatus.class),
					Collectors.counting()));
		List<Tile> clinicianTiles = List.of(tile("Clinicians at risk", byStatus, ClinicianStatus.AT_RISK, "risk"),
				tile("Ready", byStatus, ClinicianStatus.READY, "ok"),
				tile("Reweighted", byStatus, ClinicianStatus.REWEIGHTED, "neutral"),
				tile("Not eligible", byStatus, ClinicianStatus.NOT_ELIGIBLE, "neutral"));
		Map<EntityType, Long> entitiesByType = run.atRiskEntities().stream()
			.collect(Collectors.groupingBy(entity -> entity.ref().type(), TreeMap::new, Collectors.counting()));
		List<Tile> entityTiles = entitiesByType.entrySet().stream()
			.map(entry -> new Tile(label(entry.getKey()) + " at risk", entry.getValue(), "risk"))
			.toList();
		List<ClinicianResult> atRisk = run.clinicians().stream().filter(c -> c.status() == ClinicianStatus.AT_RISK)
			.toList();
		Map<String, Long> byReason = atRisk.stream().flatMap(c -> c.reasonCodes().stream())
			.collect(Collectors.groupingBy(code -> code, TreeMap::new, Collectors.counting()));
		Map<String, Long> byTin = atRisk.stream()
			.collect(Collectors.groupingBy(ClinicianResult::tin, TreeMap::new, Collectors.counting()));
		List<String> files = practice ? List.of(CsvReports.AT_RISK_CLINICIANS, CsvReports.AT_RISK_ENTITIES)
				: List.of(CsvReports.AT_RISK_CLINICIANS, CsvReports.AT_RISK_ENTITIES, CsvReports.CLINICIAN_STATUS,
						CsvReports.REJECTED_ROWS, CsvReports.CHANGES, ReportFolder.SUMMARY);
		String heading = practice ? "PI readiness " + run.performanceYear() + ": TIN " + practiceTin
				: "PI readiness " + run.performanceYear();
		return new ReportPage(heading, run.performanceYear(), run.runId(), practice, run.measuresChecked(),
				ChangeSummary.of(changes),
				clinicianTiles, entityTiles, run.rejects().size(),
				Chart.of("At-risk clinicians by reason code", byReason, Integer.MAX_VALUE),
				Chart.of("At-risk clinicians by TIN (top 20)", byTin, 20),
				run.atRiskEntities().stream().sorted(Comparator.comparingInt(EntityResult::affectedClinicians).reversed())
					.limit(ENTITIES_SHOWN).map(ReportPage::row).toList(),
				run.atRiskEntities().size(), files);
	}

	private static Tile tile(String label, Map<ClinicianStatus, Long> counts, ClinicianStatus status, String tone) {
		return new Tile(label, counts.getOrDefault(status, 0L), tone);
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

	private static EntityRow row(EntityResult entity) {
		Function<Finding, String> fix = finding -> finding.code().remedy();
		return new EntityRow(entity.ref().type().name(), entity.ref().id(), entity.ref().npi(), entity.name(),
				entity.affectedClinicians(), Cells.codes(entity.reasonCodes()),
				entity.findings().stream().map(Finding::what).toList(),
				entity.findings().stream().map(fix).distinct().toList(), Cells.codes(entity.warnings()));
	}
}
