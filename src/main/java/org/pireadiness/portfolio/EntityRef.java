package org.pireadiness.portfolio;

/**
 * Names one reporting entity. For an INDIVIDUAL the id is the TIN and {@code npi} the clinician's NPI; for every
 * other type {@code npi} is empty.
 */
public record EntityRef(EntityType type, String id, String npi) {

	public static EntityRef of(EntityType type, String id) {
		return new EntityRef(type, id, "");
	}

	public static EntityRef individual(String tin, String npi) {
		return new EntityRef(EntityType.INDIVIDUAL, tin, npi);
	}

	public static EntityRef group(String tin) {
		return new EntityRef(EntityType.GROUP, tin, "");
	}

	/** {@code TYPE:ID}, the form the reports use in {@code paths} and {@code inherited_from}. */
	public String label() {
		return type + ":" + id;
	}
}
