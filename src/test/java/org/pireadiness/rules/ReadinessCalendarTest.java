package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Contract §8.1-§8.2: the deadline that bounds each reason's fix, the earliest of an entity's, and days left, worked
 * out by hand on a calendar.
 */
class ReadinessCalendarTest {

	private static ReadinessCalendar asOf(int year, String date) {
		return new ReadinessCalendar(ShippedRules.year(year), LocalDate.parse(date));
	}

	/** §8.2's table, one row per reason code, in 2025 (only YES accepted for SAFER) and 2023 (YES or NO). */
	static Stream<Arguments> deadlineOfEachReason() {
		String due2025 = "2025-12-31";
		String closes2025 = "2026-03-31";
		return Stream.of(
				arguments(ReasonCode.SRA_NOT_YES, due2025, "2023-12-31"),
				arguments(ReasonCode.SAFER_CHECKLIST_MISSING, due2025, "2023-12-31"),
				arguments(ReasonCode.SAFER_CHECKLIST_OUTDATED, due2025, "2023-12-31"),
				arguments(ReasonCode.SAFER_CHECKLIST_INCOMPLETE, due2025, "2023-12-31"),
				arguments(ReasonCode.SAFER_GUIDE_VERSION_NOT_ACCEPTED, due2025, "2023-12-31"),
				// only YES in 2025: a YES needs the self-assessment done in the year; 2023 also takes NO, sent later
				arguments(ReasonCode.SAFER_NOT_ATTESTED, due2025, "2024-03-31"),
				arguments(ReasonCode.CEHRT_ID_MISSING, closes2025, "2024-03-31"),
				arguments(ReasonCode.CEHRT_ID_INVALID, closes2025, "2024-03-31"),
				arguments(ReasonCode.PERIOD_MISSING, closes2025, "2024-03-31"),
				arguments(ReasonCode.PERIOD_INVALID, closes2025, "2024-03-31"),
				arguments(ReasonCode.PERIOD_TOO_SHORT, closes2025, "2024-03-31"),
				arguments(ReasonCode.INFO_BLOCKING_NOT_YES, closes2025, "2024-03-31"),
				arguments(ReasonCode.ONC_DIRECT_REVIEW_NOT_YES, closes2025, "2024-03-31"),
				arguments(ReasonCode.PI_SOURCE_MISSING, closes2025, "2024-03-31"),
				arguments(ReasonCode.PI_NOT_REPORTED, closes2025, "2024-03-31"),
				arguments(ReasonCode.PI_MEASURES_MISSING, closes2025, "2024-03-31"),
				arguments(ReasonCode.MEASURE_NOT_MET, closes2025, "2024-03-31"),
				arguments(ReasonCode.EXCLUSION_CONFLICT, closes2025, "2024-03-31"),
				arguments(ReasonCode.HIE_OPTION_NOT_MET, closes2025, "2024-03-31"),
				arguments(ReasonCode.INVALID_COMBINATION, closes2025, "2024-03-31"),
				arguments(ReasonCode.ENGAGEMENT_LEVEL_MISSING, closes2025, "2024-03-31"),
				// v3 §7.4: a refused file is fixed by the end of the submission window
				arguments(ReasonCode.SUBMISSION_REFUSED, closes2025, "2024-03-31"));
	}

	@ParameterizedTest
	@MethodSource
	void deadlineOfEachReason(ReasonCode code, String in2025, String in2023) {
		assertThat(asOf(2025, "2025-11-01").deadline(code)).isEqualTo(in2025);
		assertThat(asOf(2023, "2023-11-01").deadline(code)).isEqualTo(in2023);
	}

	@Test
	void theTableAboveNamesEveryReasonCode() {
		Set<ReasonCode> named = EnumSet.noneOf(ReasonCode.class);
		deadlineOfEachReason().forEach(row -> named.add((ReasonCode) row.get()[0]));
		assertThat(named).containsExactlyInAnyOrder(ReasonCode.values());
	}

	@Test
	void anEntitysFixByIsTheEarliestOfItsReasons() {
		ReadinessCalendar calendar = asOf(2025, "2025-11-01");
		assertThat(calendar.fixBy(List.of(Finding.of(ReasonCode.CEHRT_ID_MISSING), Finding.of(ReasonCode.SRA_NOT_YES))))
			.isEqualTo("2025-12-31");
		assertThat(calendar.fixBy(List.of(Finding.of(ReasonCode.PERIOD_TOO_SHORT),
				new Finding(ReasonCode.MEASURE_NOT_MET, "PI_EP_1", "")))).isEqualTo("2026-03-31");
	}

	/** 31 Dec to 31 Mar: January 31 + February 28 (29 in 2024) + March 31 days. */
	@ParameterizedTest
	@CsvSource({ "2024, 2024-12-31, 2025-03-31, 90", "2023, 2023-12-31, 2024-03-31, 91",
			"2025, 2025-11-17, 2025-12-31, 44", "2025, 2025-12-31, 2025-12-31, 0", "2025, 2026-01-01, 2025-12-31, -1" })
	void daysLeftAcrossAYearEndAndALeapYear(int year, String asOf, String day, long daysLeft) {
		assertThat(asOf(year, asOf).daysLeft(LocalDate.parse(day))).isEqualTo(daysLeft);
	}

	@Test
	void aDeadlineHasPassedOnlyTheDayAfter() {
		LocalDate due = LocalDate.parse("2025-12-31");
		assertThat(asOf(2025, "2025-12-31").passed(due)).isFalse();
		assertThat(asOf(2025, "2026-01-01").passed(due)).isTrue();
	}

	/** 31 December − (minimum − 1) days: 3 October in a 90-day year, 5 July in a 180-day one. */
	@Test
	void theLatestPeriodStartIsDerivedFromTheMinimumPeriod() {
		assertThat(asOf(2023, "2023-11-01").latestPeriodStart()).isEqualTo("2023-10-03");
		assertThat(asOf(2025, "2025-11-01").latestPeriodStart()).isEqualTo("2025-07-05");
		assertThat(asOf(2025, "2025-11-01").dates()).extracting(ReadinessCalendar.Dated::name,
				dated -> dated.date().toString())
			.containsExactly(tuple("self-assessment-due", "2025-12-31"),
					tuple("latest-period-start", "2025-07-05"),
					tuple("submission-closes", "2026-03-31"),
					tuple("hardship-application-closes", "2025-12-31"));
	}

	@Test
	void aMovedDeadlineIsData() {
		YearRules shipped = ShippedRules.year(2025).rules();
		YearRules extended = new YearRules(shipped.cehrtIdForms(), shipped.minPiPeriodDays(),
				shipped.saferAttestationsAccepted(), shipped.saferChecklistRequired(), shipped.acceptedGuideEditions(),
				shipped.measuresReportedOnly(), shipped.provisional(), shipped.qrdaGuides(),
				new Deadlines(shipped.deadlines().selfAssessmentDue(), LocalDate.parse("2026-04-03"),
						shipped.deadlines().hardshipApplicationCloses()), shipped.securityRiskAnalysis(), shipped.points());
		var calendar = new ReadinessCalendar(new PerformanceYear(2025, extended), LocalDate.parse("2026-04-01"));
		assertThat(calendar.deadline(ReasonCode.CEHRT_ID_MISSING)).isEqualTo("2026-04-03");
		assertThat(calendar.daysLeft(calendar.deadline(ReasonCode.CEHRT_ID_MISSING))).isEqualTo(2);
	}
}
