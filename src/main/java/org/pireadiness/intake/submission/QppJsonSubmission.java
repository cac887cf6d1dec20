package org.pireadiness.intake.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.portfolio.RefusedSubmission;

/**
 * One submission object of a QPP JSON file, read from its first property to its end: the entity fields, and each
 * measurement set with its measurements. Fields may come in any order, so the sets are kept as drafts until the
 * entity is known; a submission that names no valid entity is one rejected row, and its sets are not used.
 */
final class QppJsonSubmission {

	private static final String PI = "pi";

	private final String label;

	private final int line;

	private final JsonParser json;

	private final MeasureVocabulary catalogue;

	private final List<PiSetDraft> drafts = new ArrayList<>();

	/** Where its sets, refusal, rejects and counts go: the file's. */
	private final FileContents file;

	private String programName;

	QppJsonSubmission(String label, int line, JsonParser json, MeasureVocabulary catalogue, FileContents file) {
		this.label = label;
		this.line = line;
		this.json = json;
		this.catalogue = catalogue;
		this.file = file;
	}

	/** Reads the submission from its current property to its end, then keeps its PI sets or rejects it. */
	void readFrom(SubmissionCheck check) {
		var parent = json.streamReadContext().getParent();
		String base = parent == null ? "" : parent.pathAsPointer().toString();
		var entityType = SubmissionCheck.Field.absent(base + "/entityType");
		var year = SubmissionCheck.Field.absent(base + "/performanceYear");
		var tin = SubmissionCheck.Field.absent(base + "/taxpayerIdentificationNumber");
		var npi = SubmissionCheck.Field.absent(base + "/nationalProviderIdentifier");
		var entityId = SubmissionCheck.Field.absent(base + "/entityId");
		for (JsonToken token = json.currentToken(); token == JsonToken.PROPERTY_NAME; token = json.nextToken()) {
			String name = json.currentName();
			JsonToken value = json.nextToken();
			switch (name) {
				case "entityType" -> entityType = field(value, false);
				case "performanceYear" -> year = field(value, true);
				case "taxpayerIdentificationNumber" -> tin = field(value, false);
				case "nationalProviderIdentifier" -> npi = field(value, false);
				case "entityId" -> entityId = field(value, false);
				case "programName" -> programName = value == JsonToken.VALUE_STRING ? json.getString() : skipped();
				case "measurementSets" -> measurementSets(value);
				default -> json.skipChildren();
			}
		}
		SubmissionCheck.Named named = check.entity(line, entityType, year, tin, npi, entityId);
		if (named instanceof SubmissionCheck.Entity entity) {
			keep(entity);
		}
		else if (named instanceof SubmissionCheck.Rejected rejected) {
			file.rejects.add(rejected.row());
			file.unattributed += rejected.refused() ? 1 : 0;
		}
	}

	/**
	 * The PI sets of a submission that names its entity: CMS takes them when none lost a measurement, and refuses the
	 * whole submission otherwise (contract §7.4); the measurements' rows count either way.
	 */
	private void keep(SubmissionCheck.Entity entity) {
		List<RejectedRow> rejects = new ArrayList<>();
		for (PiSetDraft draft : drafts) {
			rejects.addAll(draft.rejects());
			file.accepted += draft.accepted();
		}
		file.rejects.addAll(rejects);
		if (!rejects.isEmpty()) {
			file.refusals.add(new RefusedSubmission(label, line, entity.ref(), SubmissionRead.problem(rejects.get(0))));
			return;
		}
		for (PiSetDraft draft : drafts) {
			if (draft.programName == null) {
				draft.programName = programName == null ? "mips" : programName;
			}
			file.sets.add(draft.build(entity.ref(), line));
		}
	}

	/** A value the submission's checks read as text; a year may be a number, any other field is text. */
	private SubmissionCheck.Field field(JsonToken value, boolean number) {
		String location = pointer();
		if (value == JsonToken.VALUE_STRING || (number && value == JsonToken.VALUE_NUMBER_INT)) {
			return new SubmissionCheck.Field(json.getText(), location, false);
		}
		String text = value.isScalarValue() ? json.getText() : value.asString();
		json.skipChildren();
		return new SubmissionCheck.Field(text, location, true);
	}

	private void measurementSets(JsonToken value) {
		if (value != JsonToken.START_ARRAY) {
			json.skipChildren();
			return;
		}
		for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
			if (element == JsonToken.START_OBJECT) {
				set();
			}
			else {
				json.skipChildren();
			}
		}
	}

	/** One measurement set: kept as a draft when its category is {@code pi}, counted as skipped otherwise. */
	private void set() {
		var draft = new PiSetDraft(label, catalogue);
		draft.programName = null;
		String category = null;
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = json.currentName();
			JsonToken value = json.nextToken();
			switch (name) {
				case "category" -> category = value == JsonToken.VALUE_STRING ? json.getString() : skipped();
				case "submissionMethod" -> draft.submissionMethod = text(value, "");
				case "programName" -> draft.programName = value == JsonToken.VALUE_STRING ? json.getString() : skipped();
				case "cehrtId" -> draft.cehrtId = text(value, "").strip();
				case "performanceStart" -> draft.start = date(draft, value);
				case "performanceEnd" -> draft.end = date(draft, value);
				case "measurements" -> new QppJsonMeasurements(json, draft).read(value);
				default -> json.skipChildren();
			}
		}
		if (PI.equals(category)) {
			drafts.add(draft);
		}
		else {
			file.otherSets++;
		}
	}

	private LocalDate date(PiSetDraft draft, JsonToken value) {
		String location = pointer();
		int at = json.currentTokenLocation().getLineNr();
		String text = text(value, null);
		return text == null || text.isBlank() ? null : draft.date(text.strip(), at, location);
	}

	private String text(JsonToken value, String whenNull) {
		if (value == JsonToken.VALUE_NULL) {
			return whenNull;
		}
		String text = value.isScalarValue() ? json.getText() : null;
		json.skipChildren();
		return text == null ? whenNull : text;
	}

	private String skipped() {
		json.skipChildren();
		return null;
	}

	private String pointer() {
		return json.streamReadContext().pathAsPointer().toString();
	}
}
