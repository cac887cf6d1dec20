package org.pireadiness.intake.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.intake.RejectCode;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.intake.Shown;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.portfolio.PiSubmission;

/**
 * One PI set of a submission file as it is read (contract §7.2, §7.3), whatever the file's format: the CEHRT ID and
 * period, the attestation measurements in their own fields, every other measurement checked against the year's
 * catalogue, and the rejects of the measurements it loses. It becomes a {@link PiSet} once its entity is known.
 */
final class PiSetDraft {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter QRDA_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** The attestation measures and the submission fields they fill. */
	private enum AttestationMeasure {
		PI_PPHI_1, PI_PPHI_2, PI_INFBLO_1, PI_ONCDIR_1, PI_ONCACB_1
	}

	private final String label;

	private final MeasureVocabulary catalogue;

	private final Map<String, Attestation> attestations = new LinkedHashMap<>();

	private final Map<String, long[]> counts = new LinkedHashMap<>();

	private final Map<String, Attestation> answers = new LinkedHashMap<>();

	private final Set<String> seen = new HashSet<>();

	private final List<RejectedRow> rejects = new ArrayList<>();

	private int accepted;

	String programName = "mips";

	String submissionMethod = "";

	String cehrtId = "";

	LocalDate start;

	LocalDate end;

	PiSetDraft(String label, MeasureVocabulary catalogue) {
		this.label = label;
		this.catalogue = catalogue;
	}

	/** A date as the file gives it ({@code YYYY-MM-DD}); another form is rejected and leaves the date missing. */
	LocalDate date(String text, int line, String column) {
		try {
			return LocalDate.parse(text, ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			reject(line, column, text, RejectCode.INVALID_DATE, "not a date: expected YYYY-MM-DD");
			return null;
		}
	}

	/** A yes/no measurement; {@code idColumn} locates its measure id, {@code column} its value. */
	void yesNo(String measureId, boolean value, int line, String idColumn, String column) {
		MeasureVocabulary.Kind kind = known(measureId, line, idColumn);
		if (kind == null) {
			return;
		}
		if (kind == MeasureVocabulary.Kind.PROPORTION) {
			reject(line, column, String.valueOf(value), RejectCode.INVALID_VALUE,
					measureId + " is a proportion: give a numerator and a denominator, not true or false");
			return;
		}
		Attestation answer = value ? Attestation.YES : Attestation.NO;
		(kind == MeasureVocabulary.Kind.ATTESTATION ? attestations : answers).put(measureId, answer);
		accepted++;
	}

	/** A proportion measurement; {@code idColumn} locates its measure id, {@code column} its value. */
	void proportion(String measureId, long numerator, long denominator, int line, String idColumn, String column) {
		MeasureVocabulary.Kind kind = known(measureId, line, idColumn);
		if (kind == null) {
			return;
		}
		String shown = numerator + "/" + denominator;
		if (kind != MeasureVocabulary.Kind.PROPORTION) {
			reject(line, column, shown, RejectCode.INVALID_VALUE,
					measureId + " is a yes/no measure: give true or false, not counts");
		}
		else if (numerator < 0 || denominator < 0) {
			reject(line, column, shown, RejectCode.INVALID_VALUE, "a count is a whole number of 0 or more");
		}
		else if (numerator > denominator) {
			reject(line, column, shown, RejectCode.INVALID_VALUE,
					"numerator " + numerator + " is greater than denominator " + denominator);
		}
		else {
			counts.put(measureId, new long[] { numerator, denominator });
			accepted++;
		}
	}

	/** A measurement whose value is neither kind, with what its file's format takes. */
	void wrongKind(String measureId, String value, int line, String idColumn, String column, String takes) {
		if (known(measureId, line, idColumn) != null) {
			reject(line, column, value, RejectCode.INVALID_VALUE, measureId + ": " + takes);
		}
	}

	/**
	 * A date as CMS's conversion tool reads a QRDA III one ({@code FormatHelper.formattedDateParse}): '-' and '/'
	 * removed, the first eight characters read as {@code yyyyMMdd}; anything else is rejected, the date missing.
	 */
	LocalDate qrdaDate(String text, int line, String column) {
		String digits = text.strip().replace("-", "").replace("/", "");
		try {
			return LocalDate.parse(digits.substring(0, Math.min(8, digits.length())), QRDA_DATE);
		}
		catch (DateTimeParseException ex) {
			reject(line, column, text, RejectCode.INVALID_DATE, "not a date the conversion tool reads: yyyyMMdd");
			return null;
		}
	}

	/** The kind of a measurement's measure, or null (rejected) when the year lists none or it came before. */
	private MeasureVocabulary.Kind known(String measureId, int line, String idColumn) {
		MeasureVocabulary.Kind kind = catalogue.kindOf(measureId);
		if (kind == null) {
			reject(line, idColumn, measureId, RejectCode.UNKNOWN_MEASURE,
					measureId + " is not in this performance year's PI measure catalogue");
			return null;
		}
		if (!seen.add(measureId)) {
			reject(line, idColumn, measureId, RejectCode.DUPLICATE_ROW, measureId + " is in this set already");
			return null;
		}
		return kind;
	}

	void reject(int line, String column, String value, RejectCode code, String message) {
		rejects.add(new RejectedRow(label, line, column, Shown.value(value == null ? "" : value), code, message));
	}

	List<RejectedRow> rejects() {
		return rejects;
	}

	int accepted() {
		return accepted;
	}

	/** The set, for the entity its file names; {@code PI_ONCACB_1} is optional and not used. */
	PiSet build(EntityRef entity, int line) {
		var submission = new PiSubmission(cehrtId, start, end, attestation(AttestationMeasure.PI_PPHI_1),
				attestation(AttestationMeasure.PI_PPHI_2), attestation(AttestationMeasure.PI_INFBLO_1),
				attestation(AttestationMeasure.PI_ONCDIR_1));
		Map<String, MeasureAnswer> measures = new LinkedHashMap<>();
		answers.forEach((id, answer) -> measures.put(id, new MeasureAnswer(entity, id, answer, -1, -1)));
		counts.forEach((id, count) -> measures.put(id,
				new MeasureAnswer(entity, id, Attestation.NOT_ATTESTED, count[0], count[1])));
		return new PiSet(label, line, entity, programName, submissionMethod, submission, Map.copyOf(measures));
	}

	private Attestation attestation(AttestationMeasure measure) {
		return attestations.getOrDefault(measure.name(), Attestation.NOT_ATTESTED);
	}
}
