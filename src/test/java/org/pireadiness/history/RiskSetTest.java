package org.pireadiness.history;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskSetTest {

	@Test
	void subjectsComeBackAsTheyWentIn() {
		List<AtRisk> subjects = List.of(
				new AtRisk(AtRisk.Kind.CLINICIAN, "123456789", "1234567893", "", "", "CEHRT_ID_MISSING;PI_PERIOD_TOO_SHORT"),
				new AtRisk(AtRisk.Kind.ENTITY, "", "", "APM_ENTITY", "ACO-7_x", "MEASURE_NOT_REPORTED:PI_EP_1"),
				new AtRisk(AtRisk.Kind.ENTITY, "987654321", "", "GROUP", "987654321", ""));

		assertThat(RiskSet.decode(RiskSet.encode(subjects))).isEqualTo(subjects);
	}

	@Test
	void aNoRiskRunIsRecordedToo() {
		assertThat(RiskSet.decode(RiskSet.encode(List.of()))).isEmpty();
	}

	@Test
	void aNationalRunIsCompressedWellBelowOneByteInTenOfItsText() {
		List<AtRisk> subjects = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			subjects.add(new AtRisk(AtRisk.Kind.CLINICIAN, String.format("%09d", 100_000_000 + i / 5),
					String.format("%010d", 1_000_000_000L + i), "", "", "SAFER_CHECKLIST_INCOMPLETE"));
		}
		byte[] data = RiskSet.encode(subjects);

		// each line is 9 + 10 + 26 characters and 6 separators: 51 bytes
		assertThat(data.length).isLessThan(100_000 * 51 / 10);
		assertThat(RiskSet.decode(data)).isEqualTo(subjects);
	}

	@Test
	void aDamagedValueIsNamedNotMisread() {
		byte[] data = RiskSet.encode(List.of(new AtRisk(AtRisk.Kind.CLINICIAN, "123456789", "1234567893", "", "",
				"PI_NOT_REPORTED")));
		byte[] truncated = java.util.Arrays.copyOf(data, data.length / 2);

		assertThatThrownBy(() -> RiskSet.decode(truncated)).isInstanceOf(java.io.UncheckedIOException.class);
	}
}
