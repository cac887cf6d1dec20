package org.pireadiness.portfolio;

/**
 * A row of {@code groups.csv}: a group (TIN), virtual group, APM entity or MVP subgroup.
 *
 * @param affiliatedTin for a SUBGROUP the TIN of its group, otherwise empty
 */
public record ReportingEntity(EntityRef ref, String name, String affiliatedTin, boolean reportsPi,
		PiSubmission submission, Reweighting reweighting) {

	public EntityType type() {
		return ref.type();
	}

	public String id() {
		return ref.id();
	}

	/** An entity a PI set names that the exports lack: no name, no reweighting, reporting PI (contract §7.2). */
	public static ReportingEntity namedBySubmission(EntityRef ref) {
		return new ReportingEntity(ref, "", "", true, PiSubmission.NONE, Reweighting.NONE);
	}

	/** The entity without its PI submission, once that is judged: a national portfolio holds a quarter million. */
	public ReportingEntity judged() {
		return new ReportingEntity(ref, name, affiliatedTin, reportsPi, PiSubmission.NONE, reweighting);
	}
}
