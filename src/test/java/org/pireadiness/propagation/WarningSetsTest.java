package org.pireadiness.propagation;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pireadiness.rules.Warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mask of warnings reads back as the same warnings, in their order, one shared set per mask. */
class WarningSetsTest {

	@Test
	void everyCombinationReadsBackInOrder() {
		Warning[] all = Warning.values();
		for (int mask = 0; mask < 1 << all.length; mask++) {
			EnumSet<Warning> expected = EnumSet.noneOf(Warning.class);
			for (Warning warning : all) {
				if ((mask & 1 << warning.ordinal()) != 0) {
					expected.add(warning);
				}
			}
			assertThat(WarningSets.mask(expected)).isEqualTo((short) mask);
			assertThat(WarningSets.of((short) mask)).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void theSameMaskIsTheSameSetAndNoOneChangesIt() {
		short mask = (short) (WarningSets.mask(Warning.DEADLINE_PASSED) | WarningSets.mask(Warning.SEVERAL_PI_SUBMISSIONS));
		assertThat(WarningSets.of(mask)).isSameAs(WarningSets.of(mask))
			.containsExactly(Warning.SEVERAL_PI_SUBMISSIONS, Warning.DEADLINE_PASSED);
		assertThat(WarningSets.mask(List.of(Warning.DEADLINE_PASSED, Warning.SEVERAL_PI_SUBMISSIONS))).isEqualTo(mask);
		assertThat(WarningSets.of((short) 0)).isEmpty();
		assertThatThrownBy(() -> WarningSets.of(mask).add(Warning.PERIOD_AT_MINIMUM))
			.isInstanceOf(UnsupportedOperationException.class);
	}
}
