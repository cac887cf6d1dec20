package org.pireadiness.portfolio;

/**
 * One accepted row of {@code clinicians.csv}: a TIN/NPI on one reporting path.
 *
 * @param path the entity that submits this TIN/NPI's PI data on this path (for INDIVIDUAL the TIN/NPI itself)
 * @param reportsPi for INDIVIDUAL rows, whether the clinician submits PI individually; false on other rows
 * @param submission for INDIVIDUAL rows, the individual submission; {@link PiSubmission#NONE} on other rows
 */
public record ClinicianRow(String tin, String npi, String lastName, String firstName, boolean mipsEligible,
		EntityRef path, Reweighting reweighting, boolean reportsPi, PiSubmission submission) {

	public EntityType reportingLevel() {
		return path.type();
	}

	/** {@code LEVEL:ENTITY_ID}, as the {@code paths} column lists it. */
	public String pathLabel() {
		return path.label();
	}
}
