package org.pireadiness.propagation;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.Warning;

/**
 * The clinician book's tables while path outcomes come in: one slot per TIN/NPI in primitive arrays and shared
 * references, sized for a national file. A TIN/NPI keeps its best status, its paths, the warnings of the sources
 * that gave it that status, and its at-risk paths (without their rows) only while every path so far is at risk.
 */
final class ClinicianTables {

	private static final byte UNSEEN = -1;

	/** The statuses by ordinal, as the tables hold them; {@code values()} would copy the array on every row. */
	private static final ClinicianStatus[] STATUSES = ClinicianStatus.values();

	private final Long2IntOpenHashMap slots;

	private byte[] status;

	/** Per slot, the warnings of the best paths' sources, a bit per {@link Warning} ordinal. */
	private short[] warnings;

	/** Per slot, the highest estimated score of the READY paths' sources so far, -1 for none. */
	private byte[] estimates;

	private PathSet[] paths;

	private AtRiskPaths[] atRisk;

	ClinicianTables(int room) {
		slots = TinNpi.map(room);
		status = new byte[room];
		warnings = new short[room];
		estimates = new byte[room];
		paths = new PathSet[room];
		atRisk = new AtRiskPaths[room];
	}

	/** Folds one outcome of the TIN/NPI's path in; {@code path} is how the book keeps that path. */
	void add(long tinNpi, PathSet path, PathOutcome outcome) {
		int slot = slot(tinNpi);
		paths[slot] = PathSet.with(paths[slot], path);
		short pathWarnings = outcome.status() == ClinicianStatus.NOT_ELIGIBLE ? 0
				: WarningSets.mask(outcome.source().warnings());
		byte estimate = (byte) (outcome.status() == ClinicianStatus.READY ? outcome.source().estimate().score() : -1);
		if (status[slot] == UNSEEN || outcome.status().ordinal() < status[slot]) {
			status[slot] = (byte) outcome.status().ordinal();
			warnings[slot] = pathWarnings;
			estimates[slot] = estimate;
		}
		else if (outcome.status().ordinal() == status[slot]) {
			warnings[slot] |= pathWarnings;
			estimates[slot] = (byte) Math.max(estimates[slot], estimate);
		}
		atRisk[slot] = status[slot] != ClinicianStatus.AT_RISK.ordinal() ? null
				: AtRiskPaths.with(atRisk[slot], AtRiskPath.of(outcome));
	}

	private int slot(long key) {
		int size = slots.size();
		int slot = slots.putIfAbsent(key, size);
		if (slot >= 0) {
			return slot;
		}
		if (size == status.length) {
			status = Arrays.copyOf(status, size * 2);
			warnings = Arrays.copyOf(warnings, size * 2);
			estimates = Arrays.copyOf(estimates, size * 2);
			paths = Arrays.copyOf(paths, size * 2);
			atRisk = Arrays.copyOf(atRisk, size * 2);
		}
		status[size] = UNSEEN;
		return size;
	}

	/** The TIN/NPIs by TIN then NPI, each with its slot. */
	TinNpi.Ordered keyOrder() {
		return TinNpi.inKeyOrder(slots);
	}

	/** Each TIN's distinct NPIs, by the TIN's number. */
	Long2IntOpenHashMap npisByTin(TinNpi.Ordered order) {
		var npis = TinNpi.map(order.keys().length / 4);
		for (long key : order.keys()) {
			long tin = TinNpi.tinPart(key);
			npis.put(tin, Math.max(0, npis.get(tin)) + 1);
		}
		return npis;
	}

	/** Every TIN/NPI's result, in key order. */
	List<ClinicianResult> results(TinNpi.Ordered order, SourceWarnings sourceWarnings, ReadinessCalendar calendar) {
		ClinicianResult[] results = new ClinicianResult[order.keys().length];
		Arrays.setAll(results, i -> result(order.keys()[i], order.values()[i], sourceWarnings, calendar));
		return Arrays.asList(results);
	}

	private ClinicianResult result(long key, int slot, SourceWarnings sourceWarnings, ReadinessCalendar calendar) {
		List<AtRiskPath> outcomes = atRisk[slot] == null ? List.of() : atRisk[slot].list();
		return ClinicianTally.result(key, STATUSES[status[slot]], paths[slot].refs(key), outcomes,
				WarningSets.of(warnings[slot]), sourceWarnings, calendar, estimates[slot]);
	}

	/**
	 * Counts, for every entity that eligible TIN/NPIs have a path through (directly, or through a subgroup), each such
	 * TIN/NPI once, and those of them at risk (the entity's fix rescues them). A TIN/NPI with any row not MIPS
	 * eligible is NOT_ELIGIBLE and counts nowhere.
	 */
	void countClinicians(TinNpi.Ordered order) {
		Set<NamedEntity> through = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int slot : order.values()) {
			if (status[slot] == ClinicianStatus.NOT_ELIGIBLE.ordinal()) {
				continue;
			}
			boolean atRiskNow = status[slot] == ClinicianStatus.AT_RISK.ordinal();
			through.clear();
			paths[slot].named(through);
			for (NamedEntity entity : through) {
				entity.clinicians++;
				entity.rescuable += atRiskNow ? 1 : 0;
			}
		}
	}
}
