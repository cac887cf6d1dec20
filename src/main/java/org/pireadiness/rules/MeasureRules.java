package org.pireadiness.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.pireadiness.intake.MeasureCatalogFile;
import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * The zero-score conditions of the PI measures (contract §5.5), read from the year's catalogue: required measures met
 * or excluded, no measure sent with its own exclusion or with a substitute, one HIE option met, engagement levels
 * for registries. No measure id is named here: every rule follows the catalogue. Of each measure the rules read only
 * whether it was sent, met, or answered YES: {@link MeasureBook} judges once per such shape of rows, so a rule that
 * reads more (a count, a denominator) must be given a place in {@code PackedAnswers.shape} too.
 */
public final class MeasureRules {

	/** How a measure counts as sent in one entity's measure data. */
	public enum Presence {
		/**
		 * {@code pi_measures.csv}: an exclusion counts only when claimed (YES); a row for an exclusion answered NO
		 * claims nothing.
		 */
		EXPORT,
		/** A submission file: the measurement set is the payload itself, so every measurement in it is sent. */
		PAYLOAD
	}

	private final MeasureCatalog catalog;

	private final Set<String> reportedOnly;

	private final List<List<String>> substitutes;

	/** @param reportedOnly measures the year only asks to be reported (YES, NO or an exclusion all count) */
	public MeasureRules(MeasureCatalog catalog, Set<String> reportedOnly) {
		this.catalog = catalog;
		this.reportedOnly = reportedOnly;
		this.substitutes = catalog.substitutePairs();
	}

	MeasureCatalog catalog() {
		return catalog;
	}

	/** The findings for one entity's rows of {@code pi_measures.csv}; no rows at all is a finding of its own. */
	public List<Finding> assess(Map<String, MeasureAnswer> rows) {
		return assess(rows, Presence.EXPORT);
	}

	/** The findings for one entity's measure data; none at all is a finding of its own. */
	public List<Finding> assess(Map<String, MeasureAnswer> rows, Presence presence) {
		if (rows.isEmpty()) {
			return List.of(Finding.of(ReasonCode.PI_MEASURES_MISSING));
		}
		Predicate<String> sent = id -> rows.containsKey(id)
				&& (presence == Presence.PAYLOAD || !catalog.isExclusion(id) || yes(rows, id));
		List<Finding> findings = new ArrayList<>();
		for (MeasureCatalogFile.Row measure : catalog.requiredOutsideHie()) {
			boolean done = reportedOnly.contains(measure.measureId()) ? rows.containsKey(measure.measureId())
					: met(rows, measure.measureId());
			if (!done && !excluded(rows, measure)) {
				findings.add(new Finding(ReasonCode.MEASURE_NOT_MET, measure.measureId(),
						rows.containsKey(measure.measureId()) ? "reported, but not met" : "not reported"));
			}
		}
		for (String id : catalog.ids()) {
			MeasureCatalogFile.Row measure = catalog.get(id);
			if (sent.test(id) && measure.exclusions().stream().anyMatch(sent)) {
				findings.add(new Finding(ReasonCode.EXCLUSION_CONFLICT, id, "sent with an exclusion claimed"));
			}
		}
		if (!hieOptionMet(rows)) {
			findings.add(Finding.of(ReasonCode.HIE_OPTION_NOT_MET));
		}
		findings.addAll(combinations(sent));
		for (MeasureCatalogFile.Row registry : catalog.withEngagementLevels()) {
			if (yes(rows, registry.measureId()) && registry.engagementLevels().stream().noneMatch(e -> yes(rows, e))) {
				findings.add(new Finding(ReasonCode.ENGAGEMENT_LEVEL_MISSING, registry.measureId(),
						"needs " + String.join(" or ", registry.engagementLevels()) + " as YES"));
			}
		}
		return findings;
	}

	/** The proportions together form one HIE option (each met or excluded), and each yes/no measure is one alone. */
	private boolean hieOptionMet(Map<String, MeasureAnswer> rows) {
		List<MeasureCatalogFile.Row> options = catalog.hieOptions();
		List<MeasureCatalogFile.Row> referralLoops = options.stream()
			.filter(row -> catalog.kindOf(row.measureId()) == MeasureVocabulary.Kind.PROPORTION)
			.toList();
		boolean loopsMet = !referralLoops.isEmpty()
				&& referralLoops.stream().allMatch(row -> met(rows, row.measureId()) || excluded(rows, row));
		return loopsMet || options.stream()
			.filter(row -> catalog.kindOf(row.measureId()) == MeasureVocabulary.Kind.BOOLEAN)
			.anyMatch(row -> yes(rows, row.measureId()));
	}

	/**
	 * A measure sent with one of its substitutes: {@code INVALID_COMBINATION} of the larger id of the pair. A measure
	 * sent with an exclusion of one of its substitutes (the bi-directional HIE option with a referral loop's
	 * exclusion) is one too, of the measure. One finding per measure, naming what it was sent with.
	 */
	private List<Finding> combinations(Predicate<String> sent) {
		Map<String, Set<String>> sentWith = new TreeMap<>();
		for (List<String> pair : substitutes) {
			String smaller = pair.get(0);
			String larger = pair.get(1);
			if (sent.test(smaller) && sent.test(larger)) {
				sentWith.computeIfAbsent(larger, id -> new TreeSet<>()).add(smaller);
			}
			for (List<String> sides : List.of(pair, List.of(larger, smaller))) {
				MeasureCatalogFile.Row substitute = catalog.get(sides.get(1));
				if (sent.test(sides.get(0)) && !catalog.isExclusion(sides.get(0))) {
					substitute.exclusions().stream().filter(sent)
						.forEach(exclusion -> sentWith.computeIfAbsent(sides.get(0), id -> new TreeSet<>()).add(exclusion));
				}
			}
		}
		List<Finding> findings = new ArrayList<>();
		sentWith.forEach((measure, others) -> findings.add(new Finding(ReasonCode.INVALID_COMBINATION, measure,
				"sent with " + String.join(", ", others))));
		return findings;
	}

	private static boolean met(Map<String, MeasureAnswer> rows, String id) {
		MeasureAnswer answer = rows.get(id);
		return answer != null && answer.met();
	}

	private static boolean yes(Map<String, MeasureAnswer> rows, String id) {
		MeasureAnswer answer = rows.get(id);
		return answer != null && answer.value() == Attestation.YES;
	}

	private static boolean excluded(Map<String, MeasureAnswer> rows, MeasureCatalogFile.Row measure) {
		return measure.exclusions().stream().anyMatch(exclusion -> yes(rows, exclusion));
	}
}
