package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * {@code pi_measures.csv} (optional): one row per entity and PI measure, checked against the year's catalogue.
 * Rows for attestation measures are accepted but not used: the attestation columns of the other files rule.
 */
public final class MeasuresFile extends InputFile<MeasureAnswer> {

	public static final String LABEL = "pi_measures.csv";

	enum MeasureColumn implements Column {
		ENTITY_TYPE, ENTITY_ID, NPI, MEASURE_ID, VALUE, NUMERATOR, DENOMINATOR;

		@Override
		public boolean requiredInHeader() {
			return this == ENTITY_TYPE || this == ENTITY_ID || this == MEASURE_ID;
		}
	}

	static final List<Column> COLUMNS = List.of(MeasureColumn.values());

	private final MeasureVocabulary catalogue;

	/**
	 * Each entity's first line of each measure, by the measure's number in order of first sight: a few dozen ints an
	 * entity rather than a string a row, which at national size (3.1 million rows) took about 370 MB of the heap.
	 */
	private final Map<EntityRef, int[]> firstLines = new HashMap<>();

	private final Map<String, Integer> measureNumbers = new HashMap<>();

	private final Set<String> ignoredAttestations = new TreeSet<>();

	public MeasuresFile(Path path, MeasureVocabulary catalogue, FileMapping mapping, IntakeLimits limits,
			Executor executor) {
		super(path, LABEL, COLUMNS, mapping, limits, executor);
		this.catalogue = catalogue;
	}

	/** The next row for a measure the job checks, skipping (and noting) attestation rows. */
	@Override
	public MeasureAnswer next(RejectSink rejects) {
		MeasureAnswer answer = super.next(rejects);
		while (answer != null && catalogue.kindOf(answer.measureId()) == MeasureVocabulary.Kind.ATTESTATION) {
			ignoredAttestations.add(answer.measureId());
			answer = super.next(rejects);
		}
		return answer;
	}

	/** The attestation measures whose rows were ignored, to name once in the log. */
	public Set<String> ignoredAttestations() {
		return ignoredAttestations;
	}

	@Override
	protected MeasureAnswer convert(Row row, int line) {
		EntityRef entity = row.entityRef(MeasureColumn.ENTITY_TYPE, MeasureColumn.ENTITY_ID, MeasureColumn.NPI);
		String measure = row.required(MeasureColumn.MEASURE_ID);
		MeasureVocabulary.Kind kind = catalogue.kindOf(measure);
		if (kind == null) {
			throw new RowRejection(RejectCode.UNKNOWN_MEASURE, MeasureColumn.MEASURE_ID, measure,
					measure + " is not in this performance year's PI measure catalogue");
		}
		return kind == MeasureVocabulary.Kind.PROPORTION ? proportion(row, entity, measure)
				: new MeasureAnswer(entity, measure, yesOrNo(row, measure), -1, -1);
	}

	@Override
	protected void admit(MeasureAnswer answer, int line) {
		EntityRef entity = answer.entity();
		String measure = answer.measureId();
		int number = measureNumbers.computeIfAbsent(measure, id -> measureNumbers.size());
		int[] lines = firstLines.computeIfAbsent(entity, k -> new int[measureNumbers.size() + 4]);
		if (number >= lines.length) {
			lines = Arrays.copyOf(lines, number + 4);
			firstLines.put(entity, lines);
		}
		if (lines[number] != 0) {
			throw new RowRejection(RejectCode.DUPLICATE_ROW, MeasureColumn.MEASURE_ID, measure,
					measure + " for " + entity.label() + " is already on line " + lines[number]);
		}
		lines[number] = line;
	}

	private static Attestation yesOrNo(Row row, String measure) {
		for (MeasureColumn count : List.of(MeasureColumn.NUMERATOR, MeasureColumn.DENOMINATOR)) {
			if (!row.text(count).isEmpty()) {
				throw row.invalid(count, row.text(count), measure + " is a yes/no measure: give value, not counts");
			}
		}
		return row.requiredYesNo(MeasureColumn.VALUE) ? Attestation.YES : Attestation.NO;
	}

	private static MeasureAnswer proportion(Row row, EntityRef entity, String measure) {
		if (!row.text(MeasureColumn.VALUE).isEmpty()) {
			throw row.invalid(MeasureColumn.VALUE, row.text(MeasureColumn.VALUE),
					measure + " is a proportion: give numerator and denominator, not a value");
		}
		long numerator = count(row, MeasureColumn.NUMERATOR);
		long denominator = count(row, MeasureColumn.DENOMINATOR);
		if (numerator > denominator) {
			throw row.invalid(MeasureColumn.NUMERATOR, String.valueOf(numerator),
					"numerator " + numerator + " is greater than denominator " + denominator);
		}
		return new MeasureAnswer(entity, measure, Attestation.NOT_ATTESTED, numerator, denominator);
	}

	private static long count(Row row, MeasureColumn column) {
		String text = row.required(column);
		if (!Values.isCount(text)) {
			throw row.invalid(column, text, "a count is a whole number of 0 or more");
		}
		return Long.parseLong(text);
	}
}
