package org.pireadiness.intake.submission;

import org.pireadiness.intake.RejectCode;

/**
 * The PI section of a QRDA III document as CMS's conversion tool decodes it: its reporting-parameters act gives the
 * period, each PI measure organizer a measurement (a proportion's numerator and denominator, each the aggregate count
 * of its observation, or a performed measure's Y or N), into the set's draft, which checks them like any other
 * submission file's.
 */
final class QrdaPiSection {

	/** PI Numerator Denominator Type Measure Reference and Results. */
	static final String PROPORTION = "2.16.840.1.113883.10.20.27.3.28";

	/** PI Measure Performed Reference and Results. */
	static final String PERFORMED = "2.16.840.1.113883.10.20.27.3.29";

	static final String NUMERATOR = "2.16.840.1.113883.10.20.27.3.31";

	static final String DENOMINATOR = "2.16.840.1.113883.10.20.27.3.32";

	static final String AGGREGATE_COUNT = "2.16.840.1.113883.10.20.27.3.3";

	static final String MEASURE_PERFORMED = "2.16.840.1.113883.10.20.27.3.27";

	/** One measure organizer as read so far. */
	private static final class Measure {

		final boolean proportion;

		final int line;

		final String location;

		String measureId;

		String numerator;

		String denominator;

		int numerators;

		int denominators;

		String performed;

		String valueLocation;

		Measure(boolean proportion, int line, String location) {
			this.proportion = proportion;
			this.line = line;
			this.location = location;
		}
	}

	final PiSetDraft draft;

	final String location;

	final int line;

	int reportingParameterActs;

	/** The {@code low} and {@code high} of the PI section's reporting-parameters act, with where each was found. */
	Bound start;

	Bound end;

	record Bound(String value, String location, int line) {
	}

	private Measure measure;

	/** Which count an observation of the measure gives: {@code NUMERATOR}, {@code DENOMINATOR}, or null. */
	private String count;

	QrdaPiSection(PiSetDraft draft, String location, int line) {
		this.draft = draft;
		this.location = location;
		this.line = line;
		draft.submissionMethod = "electronicHealthRecord";
	}

	boolean inMeasure() {
		return measure != null;
	}

	void startMeasure(String template, int line, String location) {
		measure = new Measure(template.equals(PROPORTION), line, location);
	}

	/** The first id of the organizer's external document reference is the measure id. */
	void measureId(String id) {
		if (measure != null && measure.measureId == null) {
			measure.measureId = id == null ? "" : id.strip();
		}
	}

	void observation(String template) {
		if (measure == null) {
			return;
		}
		if (template.equals(NUMERATOR)) {
			count = NUMERATOR;
			measure.numerators++;
		}
		else if (template.equals(DENOMINATOR)) {
			count = DENOMINATOR;
			measure.denominators++;
		}
	}

	void endCountObservation() {
		count = null;
	}

	/** A value of an aggregate count (inside a numerator or denominator) or of a measure-performed observation. */
	void value(String observationTemplate, String value, String code, String location) {
		if (measure == null) {
			return;
		}
		if (observationTemplate.equals(AGGREGATE_COUNT) && count != null) {
			measure.valueLocation = location + "/@value";
			String counted = value == null ? "" : value;
			if (count.equals(NUMERATOR)) {
				measure.numerator = measure.numerator == null ? counted : "several";
			}
			else {
				measure.denominator = measure.denominator == null ? counted : "several";
			}
		}
		else if (observationTemplate.equals(MEASURE_PERFORMED)) {
			measure.valueLocation = location + "/@code";
			measure.performed = measure.performed == null ? (code == null ? "" : code) : "several";
		}
	}

	/** The organizer ends: its measurement goes to the draft, which checks it against the year's catalogue. */
	void endMeasure() {
		Measure done = measure;
		measure = null;
		count = null;
		String id = done.location + "/reference/externalDocument/id/@extension";
		if (done.measureId == null || done.measureId.isEmpty()) {
			draft.reject(done.line, id, "", RejectCode.MISSING_VALUE, "the converter reads a measure's id from "
					+ "reference/externalDocument/id/@extension; this organizer has none");
			return;
		}
		String at = done.valueLocation == null ? done.location : done.valueLocation;
		if (!done.proportion) {
			if ("Y".equals(done.performed) || "N".equals(done.performed)) {
				draft.yesNo(done.measureId, done.performed.equals("Y"), done.line, id, at);
			}
			else {
				draft.wrongKind(done.measureId, String.valueOf(done.performed), done.line, id, at,
						"the converter takes a measure performed as Y or N (its MeasurePerformedValidator)");
			}
			return;
		}
		Long numerator = whole(done.numerator);
		Long denominator = whole(done.denominator);
		if (done.numerators != 1 || done.denominators != 1 || numerator == null || denominator == null) {
			draft.wrongKind(done.measureId, done.numerator + "/" + done.denominator, done.line, id, at, "the converter "
					+ "takes exactly one numerator and one denominator, each one aggregate count, a whole number of 0 "
					+ "or more (AGGREGATE_COUNT_VALUE_NOT_SINGULAR, AGGREGATE_COUNT_VALUE_NOT_INTEGER)");
			return;
		}
		draft.proportion(done.measureId, numerator, denominator, done.line, id, at);
	}

	private static Long whole(String count) {
		return count != null && count.strip().matches("\\d{1,15}") ? Long.valueOf(count.strip()) : null;
	}
}
