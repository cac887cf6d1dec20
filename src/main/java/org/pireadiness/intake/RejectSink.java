package org.pireadiness.intake;

/** Receives every rejected record. */
@FunctionalInterface
public interface RejectSink {

	void reject(RejectedRow row);
}
