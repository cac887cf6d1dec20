package org.pireadiness.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A run a signal stopped exits as a shell reports a process the signal ended: 128 + the signal's number. */
class ExitCodeTest {

	@Test
	void aStopBySignalIs128PlusItsNumber() {
		assertThat(ExitCode.stoppedBy("TERM").code()).isEqualTo(128 + 15);
		assertThat(ExitCode.stoppedBy("INT").code()).isEqualTo(128 + 2);
	}
}
