package org.pireadiness.rules;

/** Something a reader should know that does not by itself cause a zero. */
public enum Warning {

	REWEIGHTING_VOIDED_BY_SUBMISSION(
			"PI is reweighted for this entity, but submitting PI data voids the reweighting: the submission is scored");

	private final String meaning;

	Warning(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return meaning;
	}
}
