package org.pireadiness.intake;

/** What the year's catalogue says a measure id is, for checking the rows of the measures file. */
public interface MeasureVocabulary {

	enum Kind {
		/** YES/NO, in {@code value}: yes/no measures and exclusions. */
		BOOLEAN,
		/** {@code numerator} and {@code denominator}. */
		PROPORTION,
		/** An attestation measure: its row is ignored, the attestation columns rule. */
		ATTESTATION
	}

	/** The kind of a measure, or null when the year's catalogue does not list it. */
	Kind kindOf(String measureId);
}
