package org.pireadiness.history;

import java.util.Comparator;

/**
 * One subject at risk in one run, as the history keeps it: a clinician (TIN/NPI) or a reporting entity, with its
 * sorted reason codes joined by {@code ;}.
 *
 * @param tin the clinician's TIN; for an entity, its TIN when it has one (group, individual), else empty
 */
public record AtRisk(Kind kind, String tin, String npi, String entityType, String entityId, String reasonCodes) {

	public enum Kind {
		CLINICIAN, ENTITY
	}

	static final Comparator<AtRisk> ORDER = Comparator.comparing(AtRisk::kind)
		.thenComparing(AtRisk::tin)
		.thenComparing(AtRisk::npi)
		.thenComparing(AtRisk::entityType)
		.thenComparing(AtRisk::entityId);

	/** Who this is, whatever the reasons. */
	String key() {
		return kind + "|" + tin + "|" + npi + "|" + entityType + "|" + entityId;
	}
}
