package org.pireadiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's tables must name every reason code and warning the job can write. */
class ReadmeTest {

	@Test
	void everyReasonCodeAndWarningIsDocumented() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		for (ReasonCode code : ReasonCode.values()) {
			assertThat(readme).containsAnyOf("| `" + code.name() + "` |", "| `" + code.name() + ":");
		}
		for (Warning warning : Warning.values()) {
			assertThat(readme).contains("`" + warning.name() + "`");
		}
	}
}
