package org.pireadiness.rules;

/**
 * Every reason a PI submission would score zero, with its meaning, what to fix, and the deadline that bounds the
 * fix (contract §8.2). The codes are stable: they are what schedulers and spreadsheets filter on.
 */
public enum ReasonCode {

	CEHRT_ID_MISSING("No CMS EHR Certification ID",
			"Add the CMS EHR Certification ID for the performance year, generated on CHPL", FixDeadline.SUBMISSION),
	CEHRT_ID_INVALID("The CMS EHR Certification ID is not of a form the performance year accepts",
			"Correct the CMS EHR Certification ID: copy it from CHPL for this year's certified products", FixDeadline.SUBMISSION),
	PERIOD_MISSING("No continuous PI performance period", "Enter the start and end dates of the PI performance period", FixDeadline.SUBMISSION),
	PERIOD_INVALID("The PI performance period is not a period inside the performance year",
			"Correct the dates: both inside the performance year, the end on or after the start", FixDeadline.SUBMISSION),
	PERIOD_TOO_SHORT("The PI performance period is shorter than the year's minimum",
			"Extend the continuous PI performance period to at least the minimum number of days", FixDeadline.SUBMISSION),
	SRA_NOT_YES("The Security Risk Analysis (PI_PPHI_1) is not attested YES",
			"Do what the performance year asks of the analysis (the reason says it), then attest YES",
			FixDeadline.SELF_ASSESSMENT),
	INFO_BLOCKING_NOT_YES("The attestation on actions to limit or restrict CEHRT (PI_INFBLO_1) is not YES",
			"Attest YES to not knowingly limiting or restricting the compatibility or interoperability of CEHRT", FixDeadline.SUBMISSION),
	ONC_DIRECT_REVIEW_NOT_YES("The ONC Direct Review attestation (PI_ONCDIR_1) is not YES",
			"Attest YES to cooperating in good faith with ONC direct review", FixDeadline.SUBMISSION),
	SAFER_NOT_ATTESTED("The High Priority Practices SAFER Guide attestation (PI_PPHI_2) is not an accepted answer",
			"Complete the High Priority Practices SAFER Guide self-assessment, then attest YES", FixDeadline.SAFER_ANSWER),
	SAFER_CHECKLIST_MISSING("No High Priority Practices SAFER Guide self-assessment on file",
			"Complete the High Priority Practices SAFER Guide self-assessment during the performance year", FixDeadline.SELF_ASSESSMENT),
	SAFER_CHECKLIST_OUTDATED("The SAFER Guide self-assessment on file was not done in the performance year",
			"Redo the High Priority Practices SAFER Guide self-assessment during the performance year", FixDeadline.SELF_ASSESSMENT),
	SAFER_GUIDE_VERSION_NOT_ACCEPTED("The performance year's SAFER self-assessment used an edition the year does not accept",
			"Redo the self-assessment with an edition of the High Priority Practices guide that the year accepts", FixDeadline.SELF_ASSESSMENT),
	SAFER_CHECKLIST_INCOMPLETE("The performance year's SAFER self-assessment leaves practices unanswered",
			"Complete the unanswered practices of the High Priority Practices checklist, then attest YES", FixDeadline.SELF_ASSESSMENT),
	PI_SOURCE_MISSING("The entity that submits this PI data is not in groups.csv",
			"Add the entity to groups.csv, or correct its rejected row (see rejected-rows.csv)", FixDeadline.SUBMISSION),
	PI_NOT_REPORTED("The entity does not report PI and PI is not reweighted for it",
			"Submit PI data for the entity, or record the approved reweighting (special status, hardship or extreme circumstances exception)", FixDeadline.SUBMISSION),
	PI_MEASURES_MISSING("The entity reports PI but has no rows in the PI measures file",
			"Add the entity's PI measures to pi_measures.csv", FixDeadline.SUBMISSION),
	MEASURE_NOT_MET("A required PI measure is neither met nor excluded",
			"Report the measure with a numerator of at least 1 (or YES), or claim one of its exclusions", FixDeadline.SUBMISSION),
	EXCLUSION_CONFLICT("A measure is reported together with one of its own exclusions",
			"Report either the measure or its exclusion, not both", FixDeadline.SUBMISSION),
	HIE_OPTION_NOT_MET("No Health Information Exchange option is met",
			"Meet PI_HIE_1 and PI_HIE_4 (each, or its exclusion), or attest YES to PI_HIE_5 or, from 2023, PI_HIE_6 (TEFCA)", FixDeadline.SUBMISSION),
	INVALID_COMBINATION("A measure is reported together with a substitute that stands in for it",
			"Report one of them only: one HIE option (PI_HIE_1 and PI_HIE_4, or PI_HIE_5, or PI_HIE_6), one engagement level, one exclusion", FixDeadline.SUBMISSION),
	ENGAGEMENT_LEVEL_MISSING("A public health registry measure met with YES has no active engagement level",
			"Report the measure's engagement level (its _PRE or _PROD measure) as YES", FixDeadline.SUBMISSION),
	SUBMISSION_REFUSED("A submission file naming this entity would be refused whole by CMS (the Submissions API's "
			+ "validation error, or the conversion tool's): nothing of it would be stored",
			"Correct every problem rejected-rows.csv lists for the file, then check it again before sending it", FixDeadline.SUBMISSION);

	private final String meaning;

	private final String remedy;

	private final FixDeadline deadline;

	ReasonCode(String meaning, String remedy, FixDeadline deadline) {
		this.meaning = meaning;
		this.remedy = remedy;
		this.deadline = deadline;
	}

	public String meaning() {
		return meaning;
	}

	public String remedy() {
		return remedy;
	}

	/** The deadline that bounds this reason's fix. */
	public FixDeadline deadline() {
		return deadline;
	}
}
