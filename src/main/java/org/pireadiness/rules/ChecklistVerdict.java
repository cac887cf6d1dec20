package org.pireadiness.rules;

import java.util.List;

/**
 * What the SAFER checklist evidence says for one entity: complete, or the finding with its specifics; and the
 * statuses of its counted answers that the edition does not configure but counts (contract v3 §3.3), if any.
 */
public record ChecklistVerdict(Finding finding, List<String> unrecognisedStatuses) {

	public static final ChecklistVerdict COMPLETE = new ChecklistVerdict(null, List.of());

	public static ChecklistVerdict of(ReasonCode code, String specifics) {
		return new ChecklistVerdict(new Finding(code, specifics), List.of());
	}

	/** The same verdict, its counted answers using these unrecognised statuses. */
	ChecklistVerdict withUnrecognised(List<String> statuses) {
		return statuses.isEmpty() && unrecognisedStatuses.isEmpty() ? this
				: new ChecklistVerdict(finding, List.copyOf(statuses));
	}

	/** The verdict of an organisation's assessment standing in for an entity's own: its specifics say so. */
	ChecklistVerdict asOrganisations() {
		return complete() || finding.code() != ReasonCode.SAFER_CHECKLIST_INCOMPLETE ? this
				: new ChecklistVerdict(new Finding(ReasonCode.SAFER_CHECKLIST_INCOMPLETE, "the group's " + finding.specifics()),
						unrecognisedStatuses);
	}

	public boolean complete() {
		return finding == null;
	}
}
