package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.MeasureAnswer;
import org.pireadiness.rules.MeasureCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code pi_measures.csv}: each row checked against the 2024 catalogue. */
class MeasuresFileTest {

	@TempDir
	Path folder;

	@Test
	void rowsAreCheckedAgainstTheYearsCatalogue() {
		var fixture = new IntakeFixture(folder);
		Path file = fixture.file("pi_measures.csv", """
				entity_type,entity_id,npi,measure_id,value,numerator,denominator
				GROUP,123456789,,PI_EP_1,,5,10
				GROUP,123456789,,PI_HIE_5,yes,,
				INDIVIDUAL,123456789,1234567893,PI_PEA_1,,0,0
				GROUP,123456789,,PI_PPHI_1,Y,,
				GROUP,123456789,,PI_EP_2_EX_3,Y,,
				GROUP,123456789,,PI_FOO,Y,,
				GROUP,123456789,,PI_PEA_1,,-1,10
				GROUP,123456789,,PI_HIE_1,,11,10
				GROUP,123456789,,PI_HIE_4,Y,,
				GROUP,123456789,,PI_PHCDRR_1,,1,1
				GROUP,123456789,,PI_PHCDRR_3,maybe,,
				GROUP,123456789,,PI_EP_1,,6,10
				GROUP,123456789,,PI_LVPP_1,,,
				""");
		var measures = new MeasuresFile(file, MeasureCatalog.forYear(2024), FileMapping.NONE, IntakeLimits.DEFAULTS,
				IntakeFixture.THREADS);
		List<MeasureAnswer> answers = new ArrayList<>();
		for (MeasureAnswer answer = measures.next(fixture.rejects::add); answer != null; answer = measures.next(fixture.rejects::add)) {
			answers.add(answer);
		}
		measures.close();
		assertThat(answers).extracting(MeasureAnswer::measureId, MeasureAnswer::value, MeasureAnswer::numerator)
			.containsExactly(tuple("PI_EP_1", Attestation.NOT_ATTESTED, 5L), tuple("PI_HIE_5", Attestation.YES, -1L),
					tuple("PI_PEA_1", Attestation.NOT_ATTESTED, 0L));
		// the attestation row is accepted but not used, and named for the log
		assertThat(measures.ignoredAttestations()).containsExactly("PI_PPHI_1");
		assertThat(fixture.rejectSummary()).containsExactly("6:measure_id:UNKNOWN_MEASURE",
				"7:measure_id:UNKNOWN_MEASURE", "8:numerator:INVALID_VALUE", "9:numerator:INVALID_VALUE",
				"10:value:INVALID_VALUE", "11:numerator:INVALID_VALUE", "12:value:INVALID_VALUE",
				"13:measure_id:DUPLICATE_ROW", "14:value:MISSING_VALUE");
		assertThat(measures.tally().rowsAccepted()).isEqualTo(4);
		assertThat(measures.tally().rowsRejected()).isEqualTo(9);
	}
}
