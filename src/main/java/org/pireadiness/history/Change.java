package org.pireadiness.history;

/** How one subject's risk changed since the previous successful run. */
public record Change(Type type, AtRisk subject, String oldReasonCodes, String newReasonCodes) {

	public enum Type {
		NEW_RISK, RESOLVED, REASONS_CHANGED
	}
}
