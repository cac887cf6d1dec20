package org.pireadiness.rules;

import java.util.List;

/**
 * What a High Priority Practices guide edition's checklist rows may say (contract v3 §3.3): one row of the table in
 * {@code performance-years.yml}.
 *
 * @param answeredStatuses the statuses that count as an answer (case-insensitive)
 * @param otherStatuses what another non-empty status is: rejected, or counted as an answer with a warning
 */
public record GuideEdition(List<String> answeredStatuses, OtherStatuses otherStatuses) {

	public GuideEdition {
		Required.notEmpty("answered-statuses", answeredStatuses);
		Required.present("other-statuses", otherStatuses);
	}

	public enum OtherStatuses {
		/** The row is rejected ({@code INVALID_VALUE}), its message naming the setting that adds a status. */
		REJECTED,
		/** The row counts as answered, and its entity carries {@code CHECKLIST_STATUS_UNRECOGNISED}. */
		ANSWERED_WITH_WARNING
	}
}
