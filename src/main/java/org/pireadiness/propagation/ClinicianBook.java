package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.LongIntMap;
import org.pireadiness.portfolio.TinNpi;

/**
 * Collects the path outcomes of the clinicians file: per TIN/NPI its best status and its paths, per entity how
 * many eligible paths depend on it, and the individual submissions at risk. Sized for a national file: one slot
 * per TIN/NPI in primitive arrays, a TIN/NPI's own individual path as a marker rebuilt from its key, and at-risk
 * paths kept (without their rows) only while every path so far is at risk.
 */
public final class ClinicianBook {

	private static final byte UNSEEN = -1;

	/** The statuses by ordinal, as {@code status} holds them; {@code values()} would copy the array on every row. */
	private static final ClinicianStatus[] STATUSES = ClinicianStatus.values();

	private final LongIntMap slots;

	private byte[] status;

	private PathSet[] paths;

	private AtRiskPaths[] atRisk;

	/** Each entity named by a path (other than an own individual one): one shared reference, and its dependents. */
	private final Map<EntityRef, NamedEntity> named = new HashMap<>();

	private final List<PathOutcome> individualsAtRisk = new ArrayList<>();

	public ClinicianBook() {
		this(1 << 12);
	}

	/** @param expectedClinicians how many TIN/NPIs to make room for at once; more only take longer */
	public ClinicianBook(int expectedClinicians) {
		int room = Math.max(16, expectedClinicians);
		slots = new LongIntMap(room);
		status = new byte[room];
		paths = new PathSet[room];
		atRisk = new AtRiskPaths[room];
	}

	/** Folds path outcomes in; outcomes come in file order, on one thread. */
	public void addAll(List<? extends PathOutcome> outcomes) {
		outcomes.forEach(this::add);
	}

	/** Folds one path outcome in. */
	public void add(PathOutcome outcome) {
		var row = outcome.row();
		int slot = slot(TinNpi.key(row.tin(), row.npi()));
		boolean individual = row.reportingLevel() == EntityType.INDIVIDUAL;
		NamedEntity path = individual ? null : named(row.path());
		paths[slot] = PathSet.with(paths[slot], individual ? PathSet.OwnSubmission.PATH : path);
		ClinicianStatus best = status[slot] == UNSEEN ? outcome.status()
				: STATUSES[status[slot]].better(outcome.status());
		status[slot] = (byte) best.ordinal();
		atRisk[slot] = best != ClinicianStatus.AT_RISK ? null : AtRiskPaths.with(atRisk[slot], AtRiskPath.of(outcome));
		if (individual) {
			// an individual submission is listed on its own, with the one clinician it affects
			if (outcome.status() == ClinicianStatus.AT_RISK) {
				individualsAtRisk.add(outcome);
			}
			return;
		}
		for (EntityRef entity : outcome.dependsOn()) {
			(entity == row.path() ? path : named(entity)).dependents++;
		}
	}

	private NamedEntity named(EntityRef entity) {
		NamedEntity known = named.get(entity);
		if (known == null) {
			known = new NamedEntity(entity);
			named.put(entity, known);
		}
		return known;
	}

	private int slot(long key) {
		int size = slots.size();
		int slot = slots.putIfAbsent(key, size);
		if (slot >= 0) {
			return slot;
		}
		if (size == status.length) {
			status = Arrays.copyOf(status, size * 2);
			paths = Arrays.copyOf(paths, size * 2);
			atRisk = Arrays.copyOf(atRisk, size * 2);
		}
		status[size] = UNSEEN;
		return size;
	}

	/**
	 * Every TIN/NPI, ordered by TIN then NPI; built in parts on the executor's threads, as a national run has a
	 * million and more.
	 */
	public List<ClinicianResult> results(Executor executor) {
		long[] keys = slots.sortedKeys();
		ClinicianResult[] results = new ClinicianResult[keys.length];
		Parallel.setAll(results, i -> result(keys[i]), executor);
		return Arrays.asList(results);
	}

	private ClinicianResult result(long key) {
		int slot = slots.get(key);
		List<AtRiskPath> outcomes = atRisk[slot] == null ? List.of() : atRisk[slot].list();
		return ClinicianTally.result(key, STATUSES[status[slot]], paths[slot].refs(key), outcomes);
	}

	/**
	 * Eligible clinician paths whose PI comes from the entity, directly or through a subgroup; not counted for
	 * INDIVIDUAL submissions, which affect their one clinician.
	 */
	public int dependents(EntityRef entity) {
		NamedEntity known = named.get(entity);
		return known == null ? 0 : known.dependents;
	}

	/** The entities named by eligible paths other than individual submissions. */
	public Iterable<EntityRef> referencedEntities() {
		return named.values().stream().filter(entity -> entity.dependents > 0).map(entity -> entity.ref).toList();
	}

	public List<PathOutcome> individualsAtRisk() {
		return individualsAtRisk;
	}
}
