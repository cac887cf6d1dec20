package org.pireadiness.portfolio;

import java.time.LocalDate;

/**
 * One accepted row of {@code checklist_results.csv}: an entity's answer for one SAFER practice.
 *
 * @param unrecognisedStatus the status when it is an answer the edition does not configure but counts (contract v3
 * §3.3: a 2025-edition row), else empty
 */
public record ChecklistAnswer(EntityRef entity, String guideEdition, String practiceId, boolean answered,
		LocalDate assessedOn, String unrecognisedStatus) {

	public ChecklistAnswer(EntityRef entity, String guideEdition, String practiceId, boolean answered,
			LocalDate assessedOn) {
		this(entity, guideEdition, practiceId, answered, assessedOn, "");
	}
}
