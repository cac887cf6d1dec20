package org.pireadiness.portfolio;

/** An attestation answer; an empty cell means the entity has not attested. */
public enum Attestation {
	YES, NO, NOT_ATTESTED
}
