package org.pireadiness.rules;

/**
 * One reason a submission would score zero, with the specifics of this case (which practices, how many days).
 *
 * @param qualifier what the code is about when it can be about several things (a measure id), else empty
 * @param specifics what exactly is wrong here; empty when the code's meaning says it all
 */
public record Finding(ReasonCode code, String qualifier, String specifics) {

	public Finding(ReasonCode code, String specifics) {
		this(code, "", specifics);
	}

	public static Finding of(ReasonCode code) {
		return new Finding(code, "", "");
	}

	/** The code as reports write it: {@code CODE}, or {@code CODE:QUALIFIER}. */
	public String label() {
		return qualifier.isEmpty() ? code.name() : code.name() + ":" + qualifier;
	}

	/** What is wrong, in plain English, with the specifics. */
	public String what() {
		String meaning = qualifier.isEmpty() ? code.meaning() : code.meaning() + ": " + qualifier;
		return specifics.isEmpty() ? meaning : meaning + " (" + specifics + ")";
	}

	/** Plain English: what is wrong, then what to fix. */
	public String text() {
		return what() + ". Fix: " + code.remedy() + ".";
	}
}
