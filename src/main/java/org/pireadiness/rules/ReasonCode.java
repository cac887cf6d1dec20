package org.pireadiness.rules;

/**
 * Every reason a PI submission would score zero, with its meaning and what to fix. The codes are stable: they
 * are what schedulers and spreadsheets filter on.
 */
public enum ReasonCode {

	CEHRT_ID_MISSING("No CMS EHR Certification ID",
			"Add the CMS EHR Certification ID for the performance year, generated on CHPL"),
	CEHRT_ID_INVALID("The CMS EHR Certification ID is not a valid 15-character ID",
			"Correct the CMS EHR Certification ID: copy it from CHPL for this year's certified products"),
	PERIOD_MISSING("No continuous PI performance period", "Enter the start and end dates of the PI performance period"),
	PERIOD_INVALID("The PI performance period is not a period inside the performance year",
			"Correct the dates: both inside the performance year, the end on or after the start"),
	PERIOD_TOO_SHORT("The PI performance period is shorter than the year's minimum",
			"Extend the continuous PI performance period to at least the minimum number of days"),
	SRA_NOT_YES("The Security Risk Analysis (PI_PPHI_1) is not attested YES",
			"Conduct or review the security risk analysis, then attest YES"),
	INFO_BLOCKING_NOT_YES("The attestation on actions to limit or restrict CEHRT (PI_INFBLO_1) is not YES",
			"Attest YES to not knowingly limiting or restricting the compatibility or interoperability of CEHRT"),
	ONC_DIRECT_REVIEW_NOT_YES("The ONC Direct Review attestation (PI_ONCDIR_1) is not YES",
			"Attest YES to cooperating in good faith with ONC direct review"),
	SAFER_NOT_ATTESTED("The High Priority Practices SAFER Guide attestation (PI_PPHI_2) is not an accepted answer",
			"Complete the High Priority Practices SAFER Guide self-assessment, then attest YES"),
	SAFER_CHECKLIST_MISSING("No High Priority Practices SAFER Guide self-assessment on file",
			"Complete the High Priority Practices SAFER Guide self-assessment during the performance year"),
	SAFER_CHECKLIST_OUTDATED("The SAFER Guide self-assessment on file was not done in the performance year",
			"Redo the High Priority Practices SAFER Guide self-assessment during the performance year"),
	SAFER_GUIDE_VERSION_NOT_ACCEPTED("The performance year's SAFER self-assessment used an edition the year does not accept",
			"Redo the self-assessment with an edition of the High Priority Practices guide that the year accepts"),
	SAFER_CHECKLIST_INCOMPLETE("The performance year's SAFER self-assessment leaves practices unanswered",
			"Complete the unanswered practices of the High Priority Practices checklist, then attest YES"),
	PI_SOURCE_MISSING("The entity that submits this PI data is not in groups.csv",
			"Add the entity to groups.csv, or correct its rejected row (see rejected-rows.csv)"),
	PI_NOT_REPORTED("The entity does not report PI and PI is not reweighted for it",
			"Submit PI data for the entity, or record the approved reweighting (special status, hardship or extreme circumstances exception)");

	private final String meaning;

	private final String remedy;

	ReasonCode(String meaning, String remedy) {
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
