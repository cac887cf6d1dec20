package org.pireadiness.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract §8.3: the running total's percentage is rounded to a whole number, half up. */
class FixFirstTest {

	@ParameterizedTest
	@CsvSource({ "1, 8, 13", "3, 8, 38", "1, 3, 33", "2, 3, 67", "1, 200, 1", "1, 201, 0", "4, 4, 100", "0, 0, 0",
			"176281, 176282, 100", "88141, 176282, 50" })
	void percentHalfUp(int rescued, int atRisk, int percent) {
		assertThat(FixFirst.percent(rescued, atRisk)).isEqualTo(percent);
	}
}
