package org.pireadiness.rules;

/**
 * One reason a submission would score zero, with the specifics of this case (which practices, how many days).
 *
 * @param specifics what exactly is wrong here; empty when the code's meaning says it all
 */
public record Finding(ReasonCode code, String specifics) {

	public static Finding of(ReasonCode code) {
		return new Finding(code, "");
	}

	/** What is wrong, in plain English, with the specifics. */
	public String what() {
		return specifics.isEmpty() ? code.meaning() : code.meaning() + " (" + specifics + ")";
	}

	/** Plain English: what is wrong, then what to fix. */
	public String text() {
		return what() + ". Fix: " + code.remedy() + ".";
	}
}
