package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.LongIntMap;
import org.pireadiness.portfolio.TinNpi;

/**
 * Collects the path outcomes of the clinicians file: per TIN/NPI its best status and its paths, per entity how
 * many eligible paths depend on it, and the individual submissions at risk. Sized for a national file: one slot
 * per TIN/NPI in primitive arrays, path outcomes kept only while every path so far is at risk.
 */
public final class ClinicianBook {

	private static final byte UNSEEN = -1;

	private final LongIntMap slots = new LongIntMap();

	private byte[] status = new byte[1 << 12];

	private Object[] paths = new Object[status.length];

	private Object[] atRisk = new Object[status.length];

	private final Map<EntityRef, EntityRef> shared = new HashMap<>();

	private final Map<EntityRef, Integer> dependents = new HashMap<>();

	private final List<PathOutcome> individualsAtRisk = new ArrayList<>();

	public synchronized void add(PathOutcome outcome) {
		var row = outcome.row();
		int slot = slot(TinNpi.key(row.tin(), row.npi()));
		paths[slot] = withPath(paths[slot], shared.computeIfAbsent(row.path(), path -> path));
		ClinicianStatus best = status[slot] == UNSEEN ? outcome.status()
				: ClinicianStatus.values()[status[slot]].better(outcome.status());
		status[slot] = (byte) best.ordinal();
		atRisk[slot] = best != ClinicianStatus.AT_RISK ? null : withOutcome(atRisk[slot], outcome);
		outcome.dependsOn().forEach(entity -> dependents.merge(entity, 1, Integer::sum));
		if (row.reportingLevel() == EntityType.INDIVIDUAL && outcome.status() == ClinicianStatus.AT_RISK) {
			individualsAtRisk.add(outcome);
		}
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

	/** One path is kept as the reference itself, several as an array: most TIN/NPIs have one. */
	private static Object withPath(Object current, EntityRef path) {
		if (current == null) {
			return path;
		}
		EntityRef[] known = current instanceof EntityRef one ? new EntityRef[] { one } : (EntityRef[]) current;
		for (EntityRef ref : known) {
			if (ref.equals(path)) {
				return current;
			}
		}
		EntityRef[] more = Arrays.copyOf(known, known.length + 1);
		more[known.length] = path;
		return more;
	}

	@SuppressWarnings("unchecked")
	private static Object withOutcome(Object current, PathOutcome outcome) {
		if (current == null) {
			return outcome;
		}
		List<PathOutcome> list = current instanceof PathOutcome one ? new ArrayList<>(List.of(one))
				: (List<PathOutcome>) current;
		list.add(outcome);
		return list;
	}

	/** Every TIN/NPI, ordered by TIN then NPI. */
	@SuppressWarnings("unchecked")
	public List<ClinicianResult> results() {
		long[] keys = slots.sortedKeys();
		List<ClinicianResult> results = new ArrayList<>(keys.length);
		for (long key : keys) {
			int slot = slots.get(key);
			List<EntityRef> pathList = paths[slot] instanceof EntityRef one ? List.of(one)
					: List.of((EntityRef[]) paths[slot]);
			List<PathOutcome> outcomes = atRisk[slot] == null ? List.of()
					: atRisk[slot] instanceof PathOutcome one ? List.of(one) : (List<PathOutcome>) atRisk[slot];
			results.add(ClinicianTally.result(key, ClinicianStatus.values()[status[slot]], pathList, outcomes));
		}
		return results;
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
