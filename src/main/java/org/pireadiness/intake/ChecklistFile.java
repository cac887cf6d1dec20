package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.List;

import org.pireadiness.portfolio.ChecklistAnswer;
import org.pireadiness.portfolio.EntityRef;

/** {@code checklist_results.csv}: one row per entity and SAFER practice (contract §3.3). */
public final class ChecklistFile extends InputFile<ChecklistAnswer> {

	public static final String LABEL = "checklist_results.csv";

	enum ChecklistColumn implements Column {
		ENTITY_TYPE, ENTITY_ID, NPI, GUIDE_VERSION, PRACTICE_ID, STATUS, ASSESSED_ON, ASSESSED_BY, NOTES;

		@Override
		public boolean requiredInHeader() {
			return this != NPI && this != STATUS && this != ASSESSED_BY && this != NOTES;
		}
	}

	static final List<Column> COLUMNS = List.of(ChecklistColumn.values());

	private final ChecklistVocabulary vocabulary;

	public ChecklistFile(Path path, ChecklistVocabulary vocabulary, FileMapping mapping, IntakeLimits limits,
			Executor executor) {
		super(path, LABEL, COLUMNS, mapping, limits, executor);
		this.vocabulary = vocabulary;
	}

	@Override
	protected ChecklistAnswer convert(Row row, int line) {
		EntityRef entity = row.entityRef(ChecklistColumn.ENTITY_TYPE, ChecklistColumn.ENTITY_ID, ChecklistColumn.NPI);
		String edition = row.required(ChecklistColumn.GUIDE_VERSION);
		if (!vocabulary.guideEditions().contains(edition)) {
			throw row.invalid(ChecklistColumn.GUIDE_VERSION, edition,
					"guide_version must be one of " + String.join(", ", vocabulary.guideEditions()));
		}
		String practice = row.required(ChecklistColumn.PRACTICE_ID);
		String status = row.text(ChecklistColumn.STATUS);
		ChecklistVocabulary.Edition answers = vocabulary.editions().get(edition);
		boolean configured = status.isEmpty() || answers.isConfigured(status);
		if (!configured && !answers.othersAnswered()) {
			throw row.invalid(ChecklistColumn.STATUS, status, "status must be empty or one of "
					+ String.join(", ", answers.answeredStatuses()) + " (any case) for the " + edition + " edition; "
					+ "to add one, set pi-readiness.rules.guide-editions." + edition + ".answered-statuses");
		}
		return new ChecklistAnswer(entity, edition, practice, !status.isEmpty(),
				row.requiredDate(ChecklistColumn.ASSESSED_ON), configured ? "" : status);
	}
}
