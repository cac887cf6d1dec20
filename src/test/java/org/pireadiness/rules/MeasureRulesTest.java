package org.pireadiness.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The measure rules per year, worked out by hand from the shipped CMS catalogues: 2022 has PDMP as a bonus and no
 * engagement levels; 2023 requires PDMP with three exclusions and adds TEFCA (PI_HIE_6); 2024 has two PDMP
 * exclusions; 2025 only asks for electronic case reporting to be reported.
 */
class MeasureRulesTest {

	private static final EntityRef GROUP = EntityRef.group("123456789");

	/** Rows with nothing wrong in the year. */
	private static Map<String, MeasureAnswer> clean(int year) {
		Map<String, MeasureAnswer> rows = new HashMap<>();
		for (String proportion : List.of("PI_EP_1", "PI_PEA_1", "PI_HIE_1", "PI_HIE_4")) {
			rows.put(proportion, counts(proportion, 5, 10));
		}
		yes(rows, "PI_PHCDRR_1");
		yes(rows, "PI_PHCDRR_3");
		if (year >= 2023) {
			yes(rows, "PI_EP_2");
			yes(rows, "PI_PHCDRR_1_PROD");
			yes(rows, "PI_PHCDRR_3_PRE");
		}
		return rows;
	}

	private static MeasureAnswer counts(String id, long numerator, long denominator) {
		return new MeasureAnswer(GROUP, id, Attestation.NOT_ATTESTED, numerator, denominator);
	}

	private static Map<String, MeasureAnswer> yes(Map<String, MeasureAnswer> rows, String id) {
		rows.put(id, new MeasureAnswer(GROUP, id, Attestation.YES, -1, -1));
		return rows;
	}

	private static Map<String, MeasureAnswer> no(Map<String, MeasureAnswer> rows, String id) {
		rows.put(id, new MeasureAnswer(GROUP, id, Attestation.NO, -1, -1));
		return rows;
	}

	private static Map<String, MeasureAnswer> without(Map<String, MeasureAnswer> rows, String... ids) {
		for (String id : ids) {
			rows.remove(id);
		}
		return rows;
	}

	private static Arguments row(int year, String what, UnaryOperator<Map<String, MeasureAnswer>> change,
			String... expected) {
		return arguments(year, what, change.apply(clean(year)), List.of(expected));
	}

	static Stream<Arguments> truthTable() {
		return Stream.of(row(2022, "nothing wrong", r -> r), row(2023, "nothing wrong", r -> r),
				row(2024, "nothing wrong", r -> r), row(2025, "nothing wrong", r -> r), row(2026, "nothing wrong", r -> r),
				row(2025, "no rows at all", r -> new HashMap<>(), "PI_MEASURES_MISSING"),
				row(2024, "e-Prescribing numerator 0", r -> {
					r.put("PI_EP_1", counts("PI_EP_1", 0, 10));
					return r;
				}, "MEASURE_NOT_MET:PI_EP_1"),
				row(2024, "e-Prescribing absent, its exclusion claimed", r -> yes(without(r, "PI_EP_1"), "PI_LVPP_1")),
				row(2024, "e-Prescribing sent with its exclusion", r -> yes(r, "PI_LVPP_1"), "EXCLUSION_CONFLICT:PI_EP_1"),
				row(2024, "patient access absent (no exclusion exists)", r -> without(r, "PI_PEA_1"),
						"MEASURE_NOT_MET:PI_PEA_1"),
				row(2022, "PDMP absent: a bonus in 2022", r -> without(r, "PI_EP_2")),
				row(2022, "PDMP NO: a bonus in 2022", r -> no(r, "PI_EP_2")),
				row(2023, "PDMP absent", r -> without(r, "PI_EP_2"), "MEASURE_NOT_MET:PI_EP_2"),
				row(2023, "PDMP NO", r -> no(r, "PI_EP_2"), "MEASURE_NOT_MET:PI_EP_2"),
				row(2023, "PDMP's third exclusion (2023 has three)", r -> yes(without(r, "PI_EP_2"), "PI_EP_2_EX_3")),
				row(2024, "PDMP's third exclusion does not exist in 2024", r -> yes(without(r, "PI_EP_2"), "PI_EP_2_EX_3"),
						"MEASURE_NOT_MET:PI_EP_2"),
				row(2024, "PDMP's second exclusion", r -> yes(without(r, "PI_EP_2"), "PI_EP_2_EX_2")),
				row(2025, "case reporting NO: only has to be reported in 2025", r -> no(r, "PI_PHCDRR_3")),
				row(2025, "case reporting absent", r -> without(r, "PI_PHCDRR_3", "PI_PHCDRR_3_PRE"),
						"MEASURE_NOT_MET:PI_PHCDRR_3"),
				row(2024, "case reporting NO", r -> no(r, "PI_PHCDRR_3"), "MEASURE_NOT_MET:PI_PHCDRR_3"),
				row(2026, "case reporting NO", r -> no(r, "PI_PHCDRR_3"), "MEASURE_NOT_MET:PI_PHCDRR_3"),
				row(2022, "referral loops: sending absent", r -> without(r, "PI_HIE_1"), "HIE_OPTION_NOT_MET"),
				row(2022, "referral loops: sending excluded", r -> yes(without(r, "PI_HIE_1"), "PI_LVOTC_1")),
				row(2022, "referral loops: receiving numerator 0", r -> {
					r.put("PI_HIE_4", counts("PI_HIE_4", 0, 3));
					return r;
				}, "HIE_OPTION_NOT_MET"),
				row(2022, "bi-directional exchange alone", r -> yes(without(r, "PI_HIE_1", "PI_HIE_4"), "PI_HIE_5")),
				row(2022, "TEFCA is not an option before 2023", r -> yes(without(r, "PI_HIE_1", "PI_HIE_4"), "PI_HIE_6"),
						"HIE_OPTION_NOT_MET"),
				row(2023, "TEFCA alone", r -> yes(without(r, "PI_HIE_1", "PI_HIE_4"), "PI_HIE_6")),
				row(2024, "bi-directional exchange NO alone", r -> no(without(r, "PI_HIE_1", "PI_HIE_4"), "PI_HIE_5"),
						"HIE_OPTION_NOT_MET"),
				row(2024, "bi-directional exchange with the referral loops", r -> yes(r, "PI_HIE_5"),
						"INVALID_COMBINATION:PI_HIE_5"),
				row(2024, "bi-directional exchange with a referral-loop exclusion",
						r -> yes(yes(without(r, "PI_HIE_1", "PI_HIE_4"), "PI_HIE_5"), "PI_LVOTC_1"),
						"INVALID_COMBINATION:PI_HIE_5"),
				row(2022, "immunization YES needs no engagement level in 2022", r -> r),
				row(2023, "immunization YES without an engagement level", r -> without(r, "PI_PHCDRR_1_PROD"),
						"ENGAGEMENT_LEVEL_MISSING:PI_PHCDRR_1"),
				row(2024, "immunization YES with engagement levels NO",
						r -> no(no(r, "PI_PHCDRR_1_PROD"), "PI_PHCDRR_1_PRE"), "ENGAGEMENT_LEVEL_MISSING:PI_PHCDRR_1",
						// v2: both engagement levels sent, whatever their answer, are a substitute pair
						"INVALID_COMBINATION:PI_PHCDRR_1_PROD"),
				row(2024, "a bonus registry YES without an engagement level", r -> yes(r, "PI_PHCDRR_2"),
						"ENGAGEMENT_LEVEL_MISSING:PI_PHCDRR_2"),
				row(2024, "immunization NO with an exclusion claimed",
						r -> yes(no(without(r, "PI_PHCDRR_1_PROD"), "PI_PHCDRR_1"), "PI_PHCDRR_1_EX_1"),
						"EXCLUSION_CONFLICT:PI_PHCDRR_1"),
				row(2024, "immunization absent, excluded", r -> yes(without(r, "PI_PHCDRR_1", "PI_PHCDRR_1_PROD"),
						"PI_PHCDRR_1_EX_2")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("truthTable")
	void findings(int year, String what, Map<String, MeasureAnswer> rows, List<String> expected) {
		var rules = new MeasureRules(MeasureCatalog.forYear(year),
				ShippedRules.year(year).rules().measuresReportedOnly());
		assertThat(rules.assess(rows)).extracting(Finding::label).containsExactlyInAnyOrderElementsOf(expected);
	}

	/**
	 * §5.5 (v2): every substitute pair of the 2024 and 2026 catalogues, both sent, gives INVALID_COMBINATION of the
	 * larger id. Read off the catalogues' substitutes column by hand; EP_2's exclusions stand in for each other from
	 * 2025. An exclusion is sent when claimed (YES); any other measure whatever its answer.
	 */
	@ParameterizedTest(name = "{0}: {1} with {2}")
	@CsvSource({ "2024,PI_HIE_1,PI_HIE_5,PI_HIE_5", "2024,PI_HIE_1,PI_HIE_6,PI_HIE_6", "2024,PI_HIE_4,PI_HIE_5,PI_HIE_5",
			"2024,PI_HIE_4,PI_HIE_6,PI_HIE_6", "2024,PI_HIE_5,PI_HIE_6,PI_HIE_6",
			"2024,PI_PHCDRR_1_EX_1,PI_PHCDRR_1_EX_2,PI_PHCDRR_1_EX_2", "2024,PI_PHCDRR_1_EX_1,PI_PHCDRR_1_EX_3,PI_PHCDRR_1_EX_3",
			"2024,PI_PHCDRR_1_EX_2,PI_PHCDRR_1_EX_3,PI_PHCDRR_1_EX_3", "2024,PI_PHCDRR_1_PRE,PI_PHCDRR_1_PROD,PI_PHCDRR_1_PROD",
			"2024,PI_PHCDRR_2_PRE,PI_PHCDRR_2_PROD,PI_PHCDRR_2_PROD", "2024,PI_PHCDRR_3_EX_1,PI_PHCDRR_3_EX_2,PI_PHCDRR_3_EX_2",
			"2024,PI_PHCDRR_3_EX_1,PI_PHCDRR_3_EX_3,PI_PHCDRR_3_EX_3", "2024,PI_PHCDRR_3_EX_2,PI_PHCDRR_3_EX_3,PI_PHCDRR_3_EX_3",
			"2024,PI_PHCDRR_3_PRE,PI_PHCDRR_3_PROD,PI_PHCDRR_3_PROD", "2024,PI_PHCDRR_4_PRE,PI_PHCDRR_4_PROD,PI_PHCDRR_4_PROD",
			"2024,PI_PHCDRR_5_PRE,PI_PHCDRR_5_PROD,PI_PHCDRR_5_PROD",
			"2026,PI_HIE_1,PI_HIE_5,PI_HIE_5", "2026,PI_HIE_1,PI_HIE_6,PI_HIE_6", "2026,PI_HIE_4,PI_HIE_5,PI_HIE_5",
			"2026,PI_HIE_4,PI_HIE_6,PI_HIE_6", "2026,PI_HIE_5,PI_HIE_6,PI_HIE_6",
			"2026,PI_PHCDRR_1_EX_1,PI_PHCDRR_1_EX_2,PI_PHCDRR_1_EX_2", "2026,PI_PHCDRR_1_EX_1,PI_PHCDRR_1_EX_3,PI_PHCDRR_1_EX_3",
			"2026,PI_PHCDRR_1_EX_2,PI_PHCDRR_1_EX_3,PI_PHCDRR_1_EX_3", "2026,PI_PHCDRR_1_PRE,PI_PHCDRR_1_PROD,PI_PHCDRR_1_PROD",
			"2026,PI_PHCDRR_2_PRE,PI_PHCDRR_2_PROD,PI_PHCDRR_2_PROD", "2026,PI_PHCDRR_3_EX_1,PI_PHCDRR_3_EX_2,PI_PHCDRR_3_EX_2",
			"2026,PI_PHCDRR_3_EX_1,PI_PHCDRR_3_EX_3,PI_PHCDRR_3_EX_3", "2026,PI_PHCDRR_3_EX_2,PI_PHCDRR_3_EX_3,PI_PHCDRR_3_EX_3",
			"2026,PI_PHCDRR_3_PRE,PI_PHCDRR_3_PROD,PI_PHCDRR_3_PROD", "2026,PI_PHCDRR_4_PRE,PI_PHCDRR_4_PROD,PI_PHCDRR_4_PROD",
			"2026,PI_PHCDRR_5_PRE,PI_PHCDRR_5_PROD,PI_PHCDRR_5_PROD",
			"2026,PI_EP_2_EX_1,PI_EP_2_EX_2,PI_EP_2_EX_2" })
	void aMeasureSentWithItsSubstitute(int year, String one, String other, String combination) {
		Map<String, MeasureAnswer> rows = clean(year);
		if (!one.startsWith("PI_HIE_1") && !one.startsWith("PI_HIE_4") && one.startsWith("PI_HIE")) {
			without(rows, "PI_HIE_1", "PI_HIE_4");
		}
		for (String id : List.of(one, other)) {
			if (!rows.containsKey(id)) {
				yes(rows, id);
			}
		}
		assertThat(rules(year).assess(rows)).extracting(Finding::label)
			.filteredOn(label -> label.startsWith("INVALID_COMBINATION"))
			.containsExactly("INVALID_COMBINATION:" + combination);
	}

	static Stream<Arguments> presence() {
		return Stream.of(
				arguments("the bi-directional option with a referral loop's exclusion claimed",
						yes(yes(without(clean(2024), "PI_HIE_1", "PI_HIE_4"), "PI_HIE_5"), "PI_LVOTC_1"),
						List.of("INVALID_COMBINATION:PI_HIE_5"), List.of("INVALID_COMBINATION:PI_HIE_5")),
				arguments("the bi-directional option with a referral loop's exclusion answered NO",
						no(yes(without(clean(2024), "PI_HIE_1", "PI_HIE_4"), "PI_HIE_5"), "PI_LVITC_2"),
						List.of(), List.of("INVALID_COMBINATION:PI_HIE_5")),
				arguments("TEFCA with a referral loop's exclusion claimed",
						yes(yes(without(clean(2024), "PI_HIE_1", "PI_HIE_4"), "PI_HIE_6"), "PI_LVOTC_1"),
						List.of("INVALID_COMBINATION:PI_HIE_6"), List.of("INVALID_COMBINATION:PI_HIE_6")),
				arguments("e-Prescribing with its exclusion answered NO", no(clean(2024), "PI_LVPP_1"), List.of(),
						List.of("EXCLUSION_CONFLICT:PI_EP_1")),
				arguments("two immunization exclusions, one answered NO",
						no(yes(without(clean(2024), "PI_PHCDRR_1", "PI_PHCDRR_1_PROD"), "PI_PHCDRR_1_EX_1"),
								"PI_PHCDRR_1_EX_2"),
						List.of(), List.of("INVALID_COMBINATION:PI_PHCDRR_1_EX_2")));
	}

	/** §5.5: in pi_measures.csv an exclusion answered NO claims nothing; in a payload, being sent is what counts. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("presence")
	void anExclusionAnsweredNoCountsOnlyInAPayload(String what, Map<String, MeasureAnswer> rows, List<String> export,
			List<String> payload) {
		java.util.function.Predicate<String> combined = label -> label.startsWith("INVALID_COMBINATION")
				|| label.startsWith("EXCLUSION_CONFLICT");
		assertThat(rules(2024).assess(rows, MeasureRules.Presence.EXPORT)).extracting(Finding::label)
			.filteredOn(combined).containsExactlyInAnyOrderElementsOf(export);
		assertThat(rules(2024).assess(rows, MeasureRules.Presence.PAYLOAD)).extracting(Finding::label)
			.filteredOn(combined).containsExactlyInAnyOrderElementsOf(payload);
	}

	private static MeasureRules rules(int year) {
		return new MeasureRules(MeasureCatalog.forYear(year), ShippedRules.year(year).rules().measuresReportedOnly());
	}
}
