package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.PiSubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.pireadiness.portfolio.Attestation.NO;
import static org.pireadiness.portfolio.Attestation.NOT_ATTESTED;
import static org.pireadiness.rules.ReasonCode.CEHRT_ID_INVALID;
import static org.pireadiness.rules.ReasonCode.CEHRT_ID_MISSING;
import static org.pireadiness.rules.ReasonCode.INFO_BLOCKING_NOT_YES;
import static org.pireadiness.rules.ReasonCode.ONC_DIRECT_REVIEW_NOT_YES;
import static org.pireadiness.rules.ReasonCode.PERIOD_INVALID;
import static org.pireadiness.rules.ReasonCode.PERIOD_MISSING;
import static org.pireadiness.rules.ReasonCode.PERIOD_TOO_SHORT;
import static org.pireadiness.rules.ReasonCode.SAFER_CHECKLIST_INCOMPLETE;
import static org.pireadiness.rules.ReasonCode.SAFER_NOT_ATTESTED;
import static org.pireadiness.rules.ReasonCode.SRA_NOT_YES;

/** Contract §5.1-§5.2: each finding and its year variants, expectations worked out by hand. */
class SubmissionRulesTest {

	/** A submission with nothing wrong in the given year: full-year period, every attestation YES. */
	private static PiSubmission clean(int year) {
		return new PiSubmission("0015C1234567890", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				Attestation.YES, Attestation.YES, Attestation.YES, Attestation.YES);
	}

	private static PiSubmission period(PiSubmission s, LocalDate start, LocalDate end) {
		return new PiSubmission(s.cehrtId(), start, end, s.securityRiskAnalysis(), s.safer(), s.infoBlocking(),
				s.oncDirectReview());
	}

	private static PiSubmission cehrt(PiSubmission s, String id) {
		return new PiSubmission(id, s.periodStart(), s.periodEnd(), s.securityRiskAnalysis(), s.safer(),
				s.infoBlocking(), s.oncDirectReview());
	}

	private static PiSubmission attest(PiSubmission s, Attestation sra, Attestation safer, Attestation infoBlocking,
			Attestation onc) {
		return new PiSubmission(s.cehrtId(), s.periodStart(), s.periodEnd(), sra, safer, infoBlocking, onc);
	}

	private static Arguments row(int year, String what, UnaryOperator<PiSubmission> change, ReasonCode... expected) {
		return arguments(year, what, change.apply(clean(year)), List.of(expected));
	}

	static Stream<Arguments> truthTable() {
		var Y = Attestation.YES;
		return Stream.of(
				row(2025, "nothing wrong", s -> s),
				row(2022, "CEHRT ID empty", s -> cehrt(s, ""), CEHRT_ID_MISSING),
				row(2026, "CEHRT ID empty", s -> cehrt(s, ""), CEHRT_ID_MISSING),
				row(2025, "CEHRT ID of 14 characters", s -> cehrt(s, "0015C123456789"), CEHRT_ID_INVALID),
				row(2025, "CEHRT ID with X where C/E/H goes", s -> cehrt(s, "0015X1234567890"), CEHRT_ID_INVALID),
				row(2025, "CEHRT ID in lower case", s -> cehrt(s, "2025c0000012345"), CEHRT_ID_INVALID),
				row(2026, "CEHRT ID in the 2026C form", s -> cehrt(s, "2026C0000012345")),
				row(2025, "CEHRT ID in the 15E form, which 2025 no longer accepts", s -> cehrt(s, "AB15E1234567890"),
						CEHRT_ID_INVALID),
				row(2025, "CEHRT ID in the 2025C form", s -> cehrt(s, "2025C0000012345")),
				row(2024, "no period start", s -> period(s, null, LocalDate.of(2024, 12, 31)), PERIOD_MISSING),
				row(2024, "no period at all", s -> period(s, null, null), PERIOD_MISSING),
				row(2024, "end before start", s -> period(s, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 3, 1)),
						PERIOD_INVALID),
				row(2024, "start in the year before",
						s -> period(s, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 12, 31)), PERIOD_INVALID),
				row(2024, "end in the year after",
						s -> period(s, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), PERIOD_INVALID),
				// 2022-23 need 90 days: Oct 3 - Dec 31 is 29 + 30 + 31 = 90 days, counted inclusively
				row(2022, "90 days", s -> period(s, LocalDate.of(2022, 10, 3), LocalDate.of(2022, 12, 31))),
				row(2023, "89 days", s -> period(s, LocalDate.of(2023, 10, 4), LocalDate.of(2023, 12, 31)),
						PERIOD_TOO_SHORT),
				// 2024 on need 180 days: Jul 5 - Dec 31 is 27 + 31 + 30 + 31 + 30 + 31 = 180 days
				row(2024, "180 days", s -> period(s, LocalDate.of(2024, 7, 5), LocalDate.of(2024, 12, 31))),
				row(2024, "179 days", s -> period(s, LocalDate.of(2024, 7, 6), LocalDate.of(2024, 12, 31)),
						PERIOD_TOO_SHORT),
				row(2026, "90 days is too short from 2024",
						s -> period(s, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 31)), PERIOD_TOO_SHORT),
				row(2025, "SRA NO", s -> attest(s, NO, Y, Y, Y), SRA_NOT_YES),
				row(2025, "SRA empty", s -> attest(s, NOT_ATTESTED, Y, Y, Y), SRA_NOT_YES),
				row(2022, "info blocking NO", s -> attest(s, Y, Y, NO, Y), INFO_BLOCKING_NOT_YES),
				row(2023, "ONC direct review empty", s -> attest(s, Y, Y, Y, NOT_ATTESTED), ONC_DIRECT_REVIEW_NOT_YES),
				row(2022, "SAFER NO is accepted in 2022", s -> attest(s, Y, NO, Y, Y)),
				row(2023, "SAFER NO is accepted in 2023", s -> attest(s, Y, NO, Y, Y)),
				row(2022, "SAFER empty", s -> attest(s, Y, NOT_ATTESTED, Y, Y), SAFER_NOT_ATTESTED),
				row(2024, "SAFER NO from 2024", s -> attest(s, Y, NO, Y, Y), SAFER_NOT_ATTESTED),
				row(2026, "SAFER empty", s -> attest(s, Y, NOT_ATTESTED, Y, Y), SAFER_NOT_ATTESTED),
				row(2025, "everything wrong", s -> attest(period(cehrt(s, ""), null, null), NO, NO, NO, NO),
						CEHRT_ID_MISSING, PERIOD_MISSING, SRA_NOT_YES, INFO_BLOCKING_NOT_YES,
						ONC_DIRECT_REVIEW_NOT_YES, SAFER_NOT_ATTESTED));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("truthTable")
	void findings(int year, String what, PiSubmission submission, List<ReasonCode> expected) {
		List<Finding> findings = ShippedRules.submissionRules(year).assess(submission, () -> ChecklistVerdict.COMPLETE);
		assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void tooShortSaysHowManyDaysAreMissing() {
		var submission = period(clean(2024), LocalDate.of(2024, 7, 6), LocalDate.of(2024, 12, 31));
		Finding finding = ShippedRules.submissionRules(2024).assess(submission, () -> ChecklistVerdict.COMPLETE).get(0);
		assertThat(finding.specifics()).contains("179 days").contains("1 short of the 180");
	}

	@Test
	void theChecklistIsNotAskedForBefore2024() {
		AtomicBoolean asked = new AtomicBoolean();
		ChecklistVerdict incomplete = ChecklistVerdict.of(SAFER_CHECKLIST_INCOMPLETE, "1.1");
		assertThat(ShippedRules.submissionRules(2023).assess(clean(2023), () -> {
			asked.set(true);
			return incomplete;
		})).isEmpty();
		assertThat(asked).isFalse();
		assertThat(ShippedRules.submissionRules(2024).assess(clean(2024), () -> incomplete))
			.extracting(Finding::code).containsExactly(SAFER_CHECKLIST_INCOMPLETE);
	}

	@Test
	void theShippedTableHasTheContractsRows() {
		assertThat(ShippedRules.properties().performanceYears()).containsOnlyKeys(2022, 2023, 2024, 2025, 2026, 2027);
		assertThat(ShippedRules.year(2023).rules().minPiPeriodDays()).isEqualTo(90);
		assertThat(ShippedRules.year(2024).rules().minPiPeriodDays()).isEqualTo(180);
		assertThat(ShippedRules.year(2024).rules().acceptedGuideEditions()).containsExactly("2016");
		assertThat(ShippedRules.year(2025).rules().acceptedGuideEditions()).containsExactlyInAnyOrder("2016", "2025");
		assertThat(ShippedRules.year(2026).rules().acceptedGuideEditions()).containsExactly("2025");
		assertThat(ShippedRules.year(2023).rules().saferChecklistRequired()).isFalse();
		assertThat(ShippedRules.year(2024).rules().saferChecklistRequired()).isTrue();
		// 2027 is provisional, and runs with 2026's rules
		assertThat(ShippedRules.year(2027).rules().provisional()).isTrue();
		assertThat(ShippedRules.year(2026).rules().provisional()).isFalse();
		YearRules y2026 = ShippedRules.year(2026).rules();
		YearRules y2027 = ShippedRules.year(2027).rules();
		// ... except that it also accepts 2027's own CEHRT ID form (contract v3 §5.1)
		assertThat(y2027.cehrtIdForms()).containsExactly("XX15C", "2025C", "2026C", "2027C");
		assertThat(new YearRules(y2026.cehrtIdForms(), y2027.minPiPeriodDays(), y2027.saferAttestationsAccepted(),
				y2027.saferChecklistRequired(), y2027.acceptedGuideEditions(), y2027.measuresReportedOnly(), false,
				y2027.qrdaGuides(), y2026.deadlines(), y2027.securityRiskAnalysis(), y2027.points()))
			.isEqualTo(y2026);
	}

	/** From 2026 the Security Risk Analysis measure also asks for security risk management (CMS's 2026 measures data). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"2025|answer NO; 2025 asks you to conduct or review a security risk analysis",
			"2026|answer NO; 2026 asks you to conduct or review a security risk analysis, then conduct security risk "
					+ "management activities (45 CFR 164.308(a)(1)(ii)(A) and (B))",
			"2027|answer NO; 2027 asks you to conduct or review a security risk analysis, then conduct security risk "
					+ "management activities (45 CFR 164.308(a)(1)(ii)(A) and (B))" })
	void theSecurityRiskAnalysisReasonSaysWhatTheYearAsks(int year, String specifics) {
		Finding finding = ShippedRules.submissionRules(year).assess(attest(clean(year), NO, Attestation.YES,
				Attestation.YES, Attestation.YES)).findings().get(0);
		assertThat(finding.code()).isEqualTo(SRA_NOT_YES);
		assertThat(finding.specifics()).isEqualTo(specifics);
	}

	/**
	 * Contract v3 §5.1's CEHRT ID forms row and §5.2's tail, worked out by hand: 2022-23 XX15C and XX15E; 2024 XX15C;
	 * 2025 XX15C and 2025C; 2026 those and 2026C; 2027 those and 2027C; the ten characters after the form are digits
	 * and capitals without I and O. An accepted ID of an earlier year's form (a 20YYC of an earlier year, an XX15C from
	 * 2026 on) warns CEHRT_ID_PRIOR_YEAR.
	 */
	@ParameterizedTest(name = "{0}: {1} -> {2} {3}")
	@CsvSource({
			"2022,0015C1234567890,true,", "2022,0015E1234567890,true,", "2022,0015H1234567890,false,",
			"2022,2025C1234567890,false,", "2023,AB15C1234567890,true,", "2023,AB15E1234567890,true,",
			"2023,AB15H1234567890,false,", "2023,2023C1234567890,false,",
			"2024,0015C1234567890,true,", "2024,0015E1234567890,false,", "2024,2024C1234567890,false,",
			"2025,0015C1234567890,true,", "2025,0015E1234567890,false,", "2025,0015H1234567890,false,",
			"2025,2025C1234567890,true,", "2025,2026C1234567890,false,", "2025,2024C1234567890,false,",
			"2026,0015C1234567890,true,CEHRT_ID_PRIOR_YEAR", "2026,2025C1234567890,true,CEHRT_ID_PRIOR_YEAR",
			"2026,2026C1234567890,true,", "2026,2027C1234567890,false,", "2026,0015E1234567890,false,",
			"2027,0015C1234567890,true,CEHRT_ID_PRIOR_YEAR", "2027,2025C1234567890,true,CEHRT_ID_PRIOR_YEAR",
			"2027,2026C1234567890,true,CEHRT_ID_PRIOR_YEAR", "2027,2027C1234567890,true,",
			"2027,0015H1234567890,false,",
			// the tail: CHPL never issues I or O; any other capital or digit is fine
			"2025,0015C12345678I0,false,", "2025,0015CO234567890,false,", "2025,2025CABCDEFGHJK,true,",
			"2025,2025C00000000O0,false,", "2026,2026CIIIIIIIIII,false,", "2024,AB15CXYZ1234567,true,",
			"2024,AB15Cxyz1234567,false,", "2024,AI15C1234567890,true," })
	void cehrtIdFormsByYear(int year, String id, boolean accepted, Warning warning) {
		SubmissionFindings assessed = ShippedRules.submissionRules(year).assess(cehrt(clean(year), id));
		assertThat(assessed.findings()).extracting(Finding::code)
			.isEqualTo(accepted ? List.of() : List.of(CEHRT_ID_INVALID));
		assertThat(assessed.warnings()).isEqualTo(warning == null ? java.util.Set.of() : java.util.Set.of(warning));
	}

	@ParameterizedTest(name = "{0}: the reason names {1}")
	@CsvSource(delimiter = '|', value = { "2022|XX15C…, XX15E…", "2024|XX15C…", "2025|XX15C…, 2025C…",
			"2026|XX15C…, 2025C…, 2026C…", "2027|XX15C…, 2025C…, 2026C…, 2027C…" })
	void anInvalidIdsReasonNamesTheFormsTheYearAccepts(int year, String forms) {
		Finding finding = ShippedRules.submissionRules(year).assess(cehrt(clean(year), "0015H1234567890")).findings()
			.get(0);
		assertThat(finding.specifics()).isEqualTo("\"0015H1234567890\"; " + year + " accepts " + forms);
	}

	/** §5.6: a valid period of exactly the year's minimum warns; a day more does not; a day less is too short. */
	@ParameterizedTest(name = "{0}: {1} to {2}")
	@CsvSource({ "2025,2025-07-05,2025-12-31,PERIOD_AT_MINIMUM,", "2025,2025-07-04,2025-12-31,,",
			"2025,2025-07-06,2025-12-31,,PERIOD_TOO_SHORT", "2025,2025-01-01,2025-06-29,PERIOD_AT_MINIMUM,",
			"2023,2023-10-03,2023-12-31,PERIOD_AT_MINIMUM,", "2023,2023-10-02,2023-12-31,,",
			"2024,2024-01-01,2024-06-28,PERIOD_AT_MINIMUM,", "2024,2024-12-31,2024-07-05,,PERIOD_INVALID" })
	void aPeriodOfExactlyTheMinimumWarns(int year, LocalDate start, LocalDate end, Warning warning, ReasonCode finding) {
		SubmissionFindings assessed = ShippedRules.submissionRules(year).assess(period(clean(year), start, end));
		assertThat(assessed.warnings()).isEqualTo(warning == null ? java.util.Set.of() : java.util.Set.of(warning));
		assertThat(assessed.findings()).extracting(Finding::code)
			.isEqualTo(finding == null ? List.of() : List.of(finding));
	}
}
