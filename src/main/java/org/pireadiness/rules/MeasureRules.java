package org.pireadiness.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pireadiness.intake.MeasureCatalogFile;
import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * The zero-score conditions of the PI measures (issue 7), read from the year's catalogue: required measures met
 * or excluded, no measure sent with its own exclusion, one HIE option met, engagement levels for registries.
 */
public final class MeasureRules {

	/** CMS rejects the bi-directional HIE option sent with the referral-loop measures or their exclusions. */
	private static final String HIE_BIDIRECTIONAL = "PI_HIE_5";

	private final MeasureCatalog catalog;

	private final Set<String> reportedOnly;

	/** @param reportedOnly measures the year only asks to be reported (YES, NO or an exclusion all count) */
	public MeasureRules(MeasureCatalog catalog, Set<String> reportedOnly) {
		this.catalog = catalog;
		this.reportedOnly = reportedOnly;
	}

	/** The findings for one entity's rows; no rows at all is a finding of its own. */
	public List<Finding> assess(Map<String, MeasureAnswer> rows) {
		if (rows.isEmpty()) {
			return List.of(Finding.of(ReasonCode.PI_MEASURES_MISSING));
		}
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
			if (rows.containsKey(id) && !measure.exclusions().isEmpty() && excluded(rows, measure)) {
				findings.add(new Finding(ReasonCode.EXCLUSION_CONFLICT, id, "sent with an exclusion claimed"));
			}
		}
		hie(rows, findings);
		for (MeasureCatalogFile.Row registry : catalog.withEngagementLevels()) {
			if (yes(rows, registry.measureId()) && registry.engagementLevels().stream().noneMatch(e -> yes(rows, e))) {
				findings.add(new Finding(ReasonCode.ENGAGEMENT_LEVEL_MISSING, registry.measureId(),
						"needs " + String.join(" or ", registry.engagementLevels()) + " as YES"));
			}
		}
		return findings;
	}

	private void hie(Map<String, MeasureAnswer> rows, List<Finding> findings) {
		List<MeasureCatalogFile.Row> options = catalog.hieOptions();
		List<MeasureCatalogFile.Row> referralLoops = options.stream()
			.filter(row -> catalog.kindOf(row.measureId()) == MeasureVocabulary.Kind.PROPORTION)
			.toList();
		boolean loopsMet = !referralLoops.isEmpty()
				&& referralLoops.stream().allMatch(row -> met(rows, row.measureId()) || excluded(rows, row));
		boolean singleMet = options.stream()
			.filter(row -> catalog.kindOf(row.measureId()) == MeasureVocabulary.Kind.BOOLEAN)
			.anyMatch(row -> yes(rows, row.measureId()));
		if (!loopsMet && !singleMet) {
			findings.add(Finding.of(ReasonCode.HIE_OPTION_NOT_MET));
		}
		boolean loopsSent = referralLoops.stream()
			.anyMatch(row -> rows.containsKey(row.measureId()) || row.exclusions().stream().anyMatch(rows::containsKey));
		if (rows.containsKey(HIE_BIDIRECTIONAL) && loopsSent) {
			findings.add(new Finding(ReasonCode.INVALID_COMBINATION, HIE_BIDIRECTIONAL,
					"sent with PI_HIE_1, PI_HIE_4 or their exclusions"));
		}
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
