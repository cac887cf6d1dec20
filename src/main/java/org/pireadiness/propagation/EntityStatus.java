package org.pireadiness.propagation;

/** A reporting entity's status in {@code entity-status.csv} (contract §6.1). */
public enum EntityStatus {
	/** At risk of a zero PI score, as {@code at-risk-entities.csv} lists it. */
	AT_RISK,
	/** Reports PI, with no findings. */
	READY,
	/** Does not report PI, and PI is reweighted for it. */
	REWEIGHTED,
	/** Does not report PI, is not reweighted, and no clinician takes its PI from it. */
	NOT_REPORTING
}
