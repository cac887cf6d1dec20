package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;

/**
 * Collects the path outcomes of the clinicians file: per TIN/NPI its best status, per entity how many eligible
 * paths depend on it, and the individual submissions at risk.
 */
public final class ClinicianBook {

	private record TinNpi(String tin, String npi) {
	}

	private final Map<TinNpi, ClinicianTally> clinicians = new HashMap<>();

	private final Map<EntityRef, Integer> dependents = new HashMap<>();

	private final List<PathOutcome> individualsAtRisk = new ArrayList<>();

	public synchronized void add(PathOutcome outcome) {
		var row = outcome.row();
		clinicians.computeIfAbsent(new TinNpi(row.tin(), row.npi()), key -> new ClinicianTally(key.tin(), key.npi()))
			.add(outcome);
		outcome.dependsOn().forEach(entity -> dependents.merge(entity, 1, Integer::sum));
		if (row.reportingLevel() == EntityType.INDIVIDUAL && outcome.status() == ClinicianStatus.AT_RISK) {
			individualsAtRisk.add(outcome);
		}
	}

	/** Every TIN/NPI, ordered by TIN then NPI. */
	public List<ClinicianResult> results() {
		return clinicians.values().stream().map(ClinicianTally::result)
			.sorted(Comparator.comparing(ClinicianResult::tin).thenComparing(ClinicianResult::npi))
			.toList();
	}

	/** Eligible clinician paths whose PI comes from the entity, directly or through a subgroup. */
	public int dependents(EntityRef entity) {
		return dependents.getOrDefault(entity, 0);
	}

	public Iterable<EntityRef> referencedEntities() {
		return dependents.keySet();
	}

	public List<PathOutcome> individualsAtRisk() {
		return individualsAtRisk;
	}
}
