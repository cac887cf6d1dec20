package org.pireadiness.rules;

/**
 * What the SAFER checklist evidence says for one entity: complete, or the finding with its specifics.
 */
public record ChecklistVerdict(Finding finding) {

	public static final ChecklistVerdict COMPLETE = new ChecklistVerdict(null);

	public static ChecklistVerdict of(ReasonCode code, String specifics) {
		return new ChecklistVerdict(new Finding(code, specifics));
	}

	public boolean complete() {
		return finding == null;
	}
}
