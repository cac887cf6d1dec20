package org.pireadiness.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

	@ParameterizedTest
	@ValueSource(strings = { "Y", "y", "YES", "Yes", "TRUE", "true", "1" })
	void yesForms(String value) {
		assertThat(Values.yesNo(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "N", "n", "NO", "no", "FALSE", "False", "0" })
	void noForms(String value) {
		assertThat(Values.yesNo(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "MAYBE", "2", "T", "F", "yes please" })
	void otherWordsAreNotYesOrNo(String value) {
		assertThat(Values.yesNo(value)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "2025-01-31,2025-01-31", "1/31/2025,2025-01-31", "12/1/2024,2024-12-01", "02/29/2024,2024-02-29" })
	void bothDateForms(String value, LocalDate expected) {
		assertThat(Values.date(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2025-13-01", "2/29/2025", "2025/01/31", "31.01.2025", "2025-1-31", "20250131" })
	void notADate(String value) {
		assertThat(Values.date(value)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "7", "123456789012345" })
	void aCountIsOneToFifteenAsciiDigits(String value) {
		assertThat(Values.isCount(value)).isTrue();
	}

	/** Sixteen digits, none, a sign, a fraction, an Arabic-Indic digit one. */
	@ParameterizedTest
	@ValueSource(strings = { "1234567890123456", "", "-1", "1.5", "\u0661", " 1" })
	void notACount(String value) {
		assertThat(Values.isCount(value)).isFalse();
	}

	@Test
	void npiCheckDigitIsLuhnOver80840AndTheFirstNineDigits() {
		// 80840123456789: doubling every second digit from the right gives a sum of 67, so the check digit is 3
		assertThat(Values.isValidNpi("1234567893")).isTrue();
		assertThat(Values.isValidNpi("1234567890")).isFalse();
		assertThat(Values.isValidNpi("123456789")).isFalse();
		assertThat(Values.isValidNpi("12345678931")).isFalse();
		assertThat(Values.isValidNpi("12345A7893")).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "123456789,123456789", "12-3456789,123456789", "001234567,001234567" })
	void tinIsNineDigitsKeptAsText(String value, String expected) {
		assertThat(Values.tin(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "1234567890", "123-456789", "12-345678", "ABCDEFGHI" })
	void notATin(String value) {
		assertThat(Values.tin(value)).isNull();
	}
}
