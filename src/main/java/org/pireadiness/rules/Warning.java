package org.pireadiness.rules;

/**
 * Something worth a look that does not by itself cause a zero (contract §5.6), with what to do about it. Warnings
 * never change a status; they are listed on the entity and on every clinician who takes PI from it, except
 * {@link #DEADLINE_PASSED}, which each at-risk row judges by its own fix-by date.
 */
public enum Warning {

	REWEIGHTING_VOIDED_BY_SUBMISSION(
			"PI is reweighted for this entity, but submitting PI data voids the reweighting: the submission is scored",
			"Fix the submission's findings, or do not submit PI data so the reweighting stands"),
	PERIOD_AT_MINIMUM("The PI performance period has exactly the year's minimum number of days, with no margin for a day "
			+ "counted differently (CMS's own scoring example counts a full calendar year as 364 days)",
			"Start the period a few days earlier, or check that its days will be counted as you count them"),
	POSSIBLY_SMALL_PRACTICE("The entity does not report PI, and its TIN has few distinct NPIs in clinicians.csv (no "
			+ "more than the small-practice limit, 15 as shipped): CMS reweights PI automatically for small practices, "
			+ "from claims the export may not reflect", "Check the TIN's special status in QPP eligibility and record pi_reweighting, or submit PI data"),
	SEVERAL_PI_SUBMISSIONS("More than one PI measurement set names this entity: CMS scores each and keeps the highest",
			"Check that the set meant to count is the one without findings, and withdraw the others"),
	DEADLINE_PASSED("The deadline for this row's fix (its fix_by) is before the as-of date: the fix can no longer be made "
			+ "in time", "Apply for a PI hardship exception while applications are open, or accept the score; each row "
			+ "judges its own fix_by"),
	CEHRT_ID_PRIOR_YEAR("The CMS EHR Certification ID is of a form the year accepts, but of an earlier year's: a new ID "
			+ "is required each year, even if the products do not change (ONC)", "Check the ID on CHPL for this "
			+ "performance year, and generate this year's ID if it is last year's"),
	SUBMISSION_REFUSED("Another submission file naming this entity would be refused whole by CMS; a set CMS would take "
			+ "is ready", "Correct the refused file (see rejected-rows.csv) or withdraw it, so the set meant to count is sent"),
	CHECKLIST_STATUS_UNRECOGNISED("The SAFER self-assessment that counts (2025 edition) uses a status that is not one of "
			+ "the edition's configured answers; it was counted as answered",
			"Correct a status that means 'not answered' (such as TBD), or add the 2025 guide's labels to the setting "
			+ "pi-readiness.rules.guide-editions.2025.answered-statuses");

	private final String meaning;

	private final String remedy;

	Warning(String meaning, String remedy) {
		this.meaning = meaning;
		this.remedy = remedy;
	}

	public String meaning() {
		return meaning;
	}

	public String remedy() {
		return remedy;
	}
}
