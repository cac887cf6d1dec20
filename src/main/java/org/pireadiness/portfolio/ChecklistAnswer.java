package org.pireadiness.portfolio;

import java.time.LocalDate;

/** One accepted row of {@code checklist_results.csv}: an entity's answer for one SAFER practice. */
public record ChecklistAnswer(EntityRef entity, String guideEdition, String practiceId, boolean answered,
		LocalDate assessedOn) {
}
