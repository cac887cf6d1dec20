package org.pireadiness.rules;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What a High Priority Practices guide edition's checklist rows may say (contract v3 §3.3): one row of the table in
 * {@code performance-years.yml}.
 *
 * @param answeredStatuses the statuses that count as an answer (case-insensitive)
 * @param otherStatuses what another non-empty status is: rejected, or counted as an answer with a warning
 */
public record GuideEdition(@NotEmpty List<String> answeredStatuses, @NotNull OtherStatuses otherStatuses) {

	public enum OtherStatuses {
		/** The row is rejected ({@code INVALID_VALUE}), its message naming the setting that adds a status. */
		REJECTED,
		/** The row counts as answered, and its entity carries {@code CHECKLIST_STATUS_UNRECOGNISED}. */
		ANSWERED_WITH_WARNING
	}
}
