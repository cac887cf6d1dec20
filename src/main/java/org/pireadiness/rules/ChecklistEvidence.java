package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.TinNpi;

/**
 * What a sealed checklist book keeps of each entity's rows: the latest answer, and the verdict of its assessment
 * in the year. It is read until the last clinician path is judged, so it is kept small: groups and individuals by
 * their packed TIN (or TIN/NPI) key, the verdicts shared (most entities have the same few).
 */
final class ChecklistEvidence {

	/** @param inYear the verdict of the entity's assessment in the year; null when none of its rows is in the year */
	record Evidence(int latestDay, ChecklistVerdict inYear) {

		LocalDate latest() {
			return LocalDate.ofEpochDay(latestDay);
		}

		/** The later of an entity's and its organisation's latest answers; either may be null, not both. */
		static LocalDate latest(Evidence own, Evidence organisation) {
			if (own == null) {
				return organisation.latest();
			}
			return organisation == null || own.latestDay() > organisation.latestDay() ? own.latest()
					: organisation.latest();
		}
	}

	private final Long2IntOpenHashMap groups;

	private final Long2IntOpenHashMap individuals = TinNpi.map(700);

	private final Map<EntityRef, Integer> others = new HashMap<>();

	private final Map<ChecklistVerdict, ChecklistVerdict> distinct = new HashMap<>();

	private int[] latestDays;

	private ChecklistVerdict[] verdicts;

	private int size;

	ChecklistEvidence(int entities) {
		groups = TinNpi.map(entities);
		latestDays = new int[Math.max(16, entities)];
		verdicts = new ChecklistVerdict[latestDays.length];
	}

	void put(EntityRef entity, Evidence evidence) {
		if (size == latestDays.length) {
			latestDays = Arrays.copyOf(latestDays, size * 2);
			verdicts = Arrays.copyOf(verdicts, size * 2);
		}
		latestDays[size] = evidence.latestDay();
		verdicts[size] = evidence.inYear() == null ? null : distinct.computeIfAbsent(evidence.inYear(), same -> same);
		switch (entity.type()) {
			case GROUP -> groups.put(TinNpi.tinKey(entity.id()), size);
			case INDIVIDUAL -> individuals.put(TinNpi.key(entity.id(), entity.npi()), size);
			default -> others.put(entity, size);
		}
		size++;
	}

	/** The entity's evidence, or null when it has no rows. */
	Evidence get(EntityRef entity) {
		int entry = switch (entity.type()) {
			case GROUP -> groups.get(TinNpi.tinKey(entity.id()));
			case INDIVIDUAL -> individuals.get(TinNpi.key(entity.id(), entity.npi()));
			default -> others.getOrDefault(entity, -1);
		};
		return entry < 0 ? null : new Evidence(latestDays[entry], verdicts[entry]);
	}
}
