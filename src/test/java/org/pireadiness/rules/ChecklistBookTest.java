package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pireadiness.portfolio.ChecklistAnswer;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract §5.3: which checklist rows count, and when an assessment is complete. */
class ChecklistBookTest {

	private static final EntityRef GROUP = EntityRef.group("123456789");

	private static final EntityRef OTHER_GROUP = EntityRef.group("987654321");

	private static final EntityRef CLINICIAN = EntityRef.individual("123456789", "1234567893");

	private static final EntityRef ACO = EntityRef.of(EntityType.APM_ENTITY, "A1");

	private static ChecklistBook book(int year) {
		return new ChecklistBook(ShippedRules.year(year), Map.of());
	}

	private static void answer(ChecklistBook book, EntityRef entity, String edition, String practice, boolean answered,
			String date) {
		book.add(new ChecklistAnswer(entity, edition, practice, answered, LocalDate.parse(date)));
	}

	private static ReasonCode code(ChecklistVerdict verdict) {
		return verdict.complete() ? null : verdict.finding().code();
	}

	@Test
	void noRowsAnywhereIsMissing() {
		ChecklistBook book = book(2025);
		answer(book, OTHER_GROUP, "2025", "1.1", true, "2025-03-01");
		assertThat(code(book.verdict(GROUP))).isEqualTo(ReasonCode.SAFER_CHECKLIST_MISSING);
		assertThat(code(book.verdict(CLINICIAN))).isEqualTo(ReasonCode.SAFER_CHECKLIST_MISSING);
	}

	@Test
	void rowsOnlyFromEarlierYearsAreOutdated() {
		ChecklistBook book = book(2025);
		answer(book, ACO, "2025", "1.1", true, "2024-12-31");
		ChecklistVerdict verdict = book.verdict(ACO);
		assertThat(code(verdict)).isEqualTo(ReasonCode.SAFER_CHECKLIST_OUTDATED);
		assertThat(verdict.finding().specifics()).contains("2024-12-31");
	}

	@ParameterizedTest(name = "{0}: a {1} edition assessment -> {2}")
	@CsvSource(nullValues = "COMPLETE", value = { "2024,2016,COMPLETE", "2024,2025,SAFER_GUIDE_VERSION_NOT_ACCEPTED",
			"2025,2016,COMPLETE", "2025,2025,COMPLETE", "2026,2016,SAFER_GUIDE_VERSION_NOT_ACCEPTED",
			"2026,2025,COMPLETE" })
	void editionsAcceptedPerYear(int year, String edition, ReasonCode expected) {
		ChecklistBook book = book(year);
		answer(book, GROUP, edition, "1.1", true, year + "-05-01");
		assertThat(code(book.verdict(GROUP))).isEqualTo(expected);
	}

	@Test
	void anInferredPracticeListComesFromEveryEntitysRows() {
		ChecklistBook book = book(2025);
		answer(book, OTHER_GROUP, "2025", "1.1", true, "2025-02-01");
		answer(book, OTHER_GROUP, "2025", "1.2", true, "2025-02-01");
		// an answer from another year still puts the practice on the edition's list
		answer(book, OTHER_GROUP, "2025", "1.10", true, "2024-02-01");
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		ChecklistVerdict verdict = book.verdict(GROUP);
		assertThat(code(verdict)).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
		assertThat(verdict.finding().specifics()).endsWith("unanswered: 1.2, 1.10");
		assertThat(code(book.verdict(OTHER_GROUP))).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
	}

	@Test
	void aCatalogListsThePracticesOfTheEditionsItNames() {
		var book = new ChecklistBook(ShippedRules.year(2025), Map.of("2025", Set.of("1.1", "1.2", "1.3")));
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		answer(book, GROUP, "2025", "1.2", true, "2025-03-01");
		answer(book, OTHER_GROUP, "2016", "9.9", false, "2025-03-01");
		answer(book, OTHER_GROUP, "2016", "9.8", true, "2025-03-01");
		ChecklistVerdict verdict = book.verdict(GROUP);
		assertThat(verdict.finding().specifics()).endsWith("unanswered: 1.3");
		// the catalog does not name 2016, so that edition's list is inferred from the file
		assertThat(book.verdict(OTHER_GROUP).finding().specifics()).endsWith("unanswered: 9.9");
	}

	@Test
	void theLatestAnswerCounts() {
		ChecklistBook book = book(2025);
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		answer(book, GROUP, "2025", "1.1", false, "2025-04-01");
		answer(book, ACO, "2025", "1.1", false, "2025-04-01");
		answer(book, ACO, "2025", "1.1", true, "2025-03-01");
		answer(book, ACO, "2025", "1.1", true, "2025-05-01");
		assertThat(code(book.verdict(GROUP))).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
		assertThat(code(book.verdict(ACO))).isNull();
	}

	@Test
	void onTheSameDateTheLaterRowCounts() {
		ChecklistBook book = book(2025);
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		answer(book, GROUP, "2025", "1.1", false, "2025-03-01");
		assertThat(code(book.verdict(GROUP))).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
	}

	@Test
	void answersFromOtherYearsDoNotCount() {
		ChecklistBook book = book(2025);
		answer(book, GROUP, "2025", "1.1", true, "2024-06-01");
		answer(book, GROUP, "2025", "1.1", false, "2025-03-01");
		assertThat(code(book.verdict(GROUP))).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
	}

	@Test
	void anIndividualWithoutRowsInTheYearUsesItsTinsGroupAssessment() {
		ChecklistBook book = book(2025);
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		answer(book, CLINICIAN, "2025", "1.1", false, "2024-03-01");
		assertThat(code(book.verdict(CLINICIAN))).isNull();
		assertThat(code(book.verdict(EntityRef.individual("123456789", "1000000004")))).isNull();
	}

	@Test
	void anIndividualsOwnRowsInTheYearComeBeforeTheGroups() {
		ChecklistBook book = book(2025);
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		answer(book, CLINICIAN, "2025", "1.1", false, "2025-04-01");
		assertThat(code(book.verdict(CLINICIAN))).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
	}

	@Test
	void missingAndOutdatedAreJudgedOverTheIndividualAndItsGroupTogether() {
		ChecklistBook book = book(2025);
		answer(book, CLINICIAN, "2025", "1.1", true, "2024-03-01");
		answer(book, GROUP, "2025", "1.1", true, "2023-03-01");
		ChecklistVerdict verdict = book.verdict(CLINICIAN);
		assertThat(code(verdict)).isEqualTo(ReasonCode.SAFER_CHECKLIST_OUTDATED);
		assertThat(verdict.finding().specifics()).contains("2024-03-01");
		ChecklistBook groupOnly = book(2025);
		answer(groupOnly, GROUP, "2025", "1.1", true, "2024-03-01");
		assertThat(code(groupOnly.verdict(CLINICIAN))).isEqualTo(ReasonCode.SAFER_CHECKLIST_OUTDATED);
	}

	@Test
	void in2025EitherAcceptedEditionMayBeTheCompleteOne() {
		ChecklistBook book = book(2025);
		answer(book, OTHER_GROUP, "2025", "2.1", true, "2025-03-01");
		answer(book, GROUP, "2016", "1.1", true, "2025-03-01");
		answer(book, GROUP, "2025", "1.1", true, "2025-03-01");
		assertThat(code(book.verdict(GROUP))).isNull();
	}

	@Test
	void aSealedBookGivesTheSameVerdictsAndTakesNoMoreRows() {
		ChecklistBook book = book(2025);
		// seventy practices, so the answers span more than one 64-bit word; practice 1.65 is answered, then
		// withdrawn by a later row, and 1.3 is withdrawn, then answered again on the same day
		for (int practice = 1; practice <= 70; practice++) {
			answer(book, GROUP, "2025", "1." + practice, true, "2025-03-01");
		}
		answer(book, GROUP, "2025", "1.65", false, "2025-04-01");
		answer(book, GROUP, "2025", "1.65", true, "2025-03-15");
		answer(book, GROUP, "2025", "1.3", false, "2025-03-01");
		answer(book, GROUP, "2025", "1.3", true, "2025-03-01");
		String before = book.verdict(GROUP).finding().specifics();
		book.seal();
		ChecklistVerdict verdict = book.verdict(GROUP);
		assertThat(code(verdict)).isEqualTo(ReasonCode.SAFER_CHECKLIST_INCOMPLETE);
		assertThat(verdict.finding().specifics()).isEqualTo(before).endsWith("unanswered: 1.65");
		assertThatThrownBy(() -> answer(book, GROUP, "2025", "1.1", true, "2025-05-01"))
			.isInstanceOf(IllegalStateException.class);
		// so is a row for an entity the book has not seen, which leaves no trace
		assertThatThrownBy(() -> answer(book, ACO, "2025", "1.1", true, "2024-05-01"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(code(book.verdict(ACO))).isEqualTo(ReasonCode.SAFER_CHECKLIST_MISSING);
	}

	/**
	 * v3 §3.3: the statuses an edition counts but does not configure are named on the verdict of the entity whose
	 * counted answers (the latest in-year answer to each practice) use them. By hand: the group's "TBD" for 1.1 in
	 * March is replaced by a configured answer in April, so only 1.2's "4" counts; the ACO's "TBD" is from 2025, not
	 * 2026, so it does not count; the clinician has no rows and its group's stand in, with the group's "4".
	 */
	@Test
	void unrecognisedStatusesAreThoseOfTheCountedAnswers() {
		ChecklistBook book = book(2026);
		book.add(new ChecklistAnswer(GROUP, "2025", "1.1", true, LocalDate.parse("2026-03-01"), "TBD"));
		book.add(new ChecklistAnswer(GROUP, "2025", "1.1", true, LocalDate.parse("2026-04-01")));
		book.add(new ChecklistAnswer(GROUP, "2025", "1.2", true, LocalDate.parse("2026-04-01"), "4"));
		book.add(new ChecklistAnswer(ACO, "2025", "1.1", true, LocalDate.parse("2026-04-01")));
		book.add(new ChecklistAnswer(ACO, "2025", "1.2", true, LocalDate.parse("2026-04-01")));
		book.add(new ChecklistAnswer(ACO, "2025", "1.2", true, LocalDate.parse("2025-04-01"), "TBD"));
		book.seal();
		assertThat(book.verdict(GROUP).complete()).isTrue();
		assertThat(book.verdict(GROUP).unrecognisedStatuses()).containsExactly("4");
		assertThat(book.verdict(ACO).unrecognisedStatuses()).isEmpty();
		assertThat(book.verdict(CLINICIAN).unrecognisedStatuses()).containsExactly("4");
	}
}
