package org.pireadiness.report;

import java.util.Comparator;
import java.util.List;

import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatus;
import org.pireadiness.rules.Finding;

/**
 * The entities {@code report.html} lists: those at risk, with their reasons and fixes, and those not at risk that
 * carry a warning, each the ones that affect the most clinicians first.
 *
 * @param atRiskCount every entity at risk; {@code atRisk} is its first {@link #SHOWN}
 * @param warnedCount every entity not at risk with a warning; {@code warned} is its first {@link #SHOWN}
 * @param ready the entities READY
 */
record EntityRows(List<Row> atRisk, int atRiskCount, List<Row> warned, int warnedCount, long ready) {

	/** The page lists this many entities of each kind; the CSVs have them all. */
	static final int SHOWN = 500;

	record Row(String type, String id, String npi, String name, String status, int affected, String codes,
			List<String> reasons, List<String> fixes, String warnings) {
	}

	static EntityRows of(RunReport run) {
		List<EntityResult> warned = run.entities().stream()
			.filter(entity -> entity.status() != EntityStatus.AT_RISK && !entity.warnings().isEmpty())
			.toList();
		return new EntityRows(shown(run.atRiskEntities(), EntityResult::affectedClinicians), run.atRiskEntities().size(),
				shown(warned, EntityResult::clinicians), warned.size(),
				run.entities().stream().filter(entity -> entity.status() == EntityStatus.READY).count());
	}

	private static List<Row> shown(List<EntityResult> entities, java.util.function.ToIntFunction<EntityResult> most) {
		return entities.stream().sorted(Comparator.comparingInt(most).reversed()).limit(SHOWN).map(EntityRows::row)
			.toList();
	}

	private static Row row(EntityResult entity) {
		boolean atRisk = entity.status() == EntityStatus.AT_RISK;
		List<Finding> findings = atRisk ? entity.findings() : List.of();
		return new Row(entity.ref().type().name(), entity.ref().id(), entity.ref().npi(), entity.name(),
				entity.status().name(), atRisk ? entity.affectedClinicians() : entity.clinicians(),
				Cells.codes(entity.reasonCodes()), findings.stream().map(Finding::what).toList(),
				findings.stream().map(finding -> finding.code().remedy()).distinct().toList(),
				Cells.codes(entity.warnings()));
	}
}
