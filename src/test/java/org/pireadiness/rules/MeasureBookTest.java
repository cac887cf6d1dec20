package org.pireadiness.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book judges each shape of rows (per measure: not sent, sent and not met, met, YES) once; entities of one shape
 * share their findings, while each READY entity's estimate still comes from its own counts.
 */
class MeasureBookTest {

	private static final MeasureCatalog CATALOG = MeasureCatalog.forYear(2025);

	private static MeasureBook book() {
		return MeasureBook.checkedBy(new MeasureRules(CATALOG, ShippedRules.year(2025).rules().measuresReportedOnly()),
				new ScoreEstimator(CATALOG, ShippedRules.year(2025).rules().points()));
	}

	/** 2025 rows with nothing wrong (as in MeasureRulesTest), e-prescribing at the given counts; or without it. */
	private static void clean(MeasureBook book, EntityRef entity, long ePrescribing, boolean sendEPrescribing) {
		if (sendEPrescribing) {
			book.add(new MeasureAnswer(entity, "PI_EP_1", Attestation.NOT_ATTESTED, ePrescribing, 10));
		}
		for (String proportion : List.of("PI_PEA_1", "PI_HIE_1", "PI_HIE_4")) {
			book.add(new MeasureAnswer(entity, proportion, Attestation.NOT_ATTESTED, 5, 10));
		}
		for (String yes : List.of("PI_PHCDRR_1", "PI_PHCDRR_3", "PI_EP_2", "PI_PHCDRR_1_PROD", "PI_PHCDRR_3_PRE")) {
			book.add(new MeasureAnswer(entity, yes, Attestation.YES, -1, -1));
		}
	}

	@Test
	void entitiesOfOneShapeShareFindingsAndKeepTheirOwnEstimates() {
		MeasureBook book = book();
		EntityRef five = EntityRef.group("100000001");
		EntityRef nine = EntityRef.group("100000002");
		EntityRef none = EntityRef.group("100000003");
		EntityRef noneToo = EntityRef.group("100000004");
		EntityRef unsent = EntityRef.group("100000005");
		clean(book, five, 5, true);
		clean(book, nine, 9, true);
		clean(book, none, 0, true);
		clean(book, noneToo, 0, true);
		clean(book, unsent, 0, false);
		book.seal();

		// 5/10 and 9/10 are both "met": one shape, no findings, and estimates of their own
		assertThat(book.findings(five)).isEmpty();
		assertThat(book.findings(nine)).isEmpty();
		assertThat(book.estimate(nine).score()).isGreaterThan(book.estimate(five).score());
		// 0/10 is "sent, not met"; absent is "not sent": two shapes, two texts of the one reason (contract §5.5)
		assertThat(book.findings(none)).containsExactly(
				new Finding(ReasonCode.MEASURE_NOT_MET, "PI_EP_1", "reported, but not met"));
		assertThat(book.findings(noneToo)).isSameAs(book.findings(none));
		assertThat(book.findings(unsent)).containsExactly(
				new Finding(ReasonCode.MEASURE_NOT_MET, "PI_EP_1", "not reported"));
		assertThat(book.estimate(none).present()).isFalse();
	}
}
