package org.pireadiness.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reason's or a warning's text that tells the user which setting to change names one the shipped rules have:
 * a setting renamed without its text would send a billing office to a key that changes nothing.
 */
class SettingsNamedTest {

	private static final Pattern SETTING = Pattern.compile("pi-readiness\\.rules\\.[A-Za-z0-9.<>-]*[A-Za-z0-9>]");

	@Test
	void everySettingATextNamesIsInTheShippedRules() throws IOException {
		Map<?, ?> shipped;
		try (InputStream yaml = getClass().getResourceAsStream("/performance-years.yml")) {
			shipped = new Yaml().load(yaml);
		}
		List<String> named = new ArrayList<>();
		Stream.concat(Stream.of(ReasonCode.values()).flatMap(code -> Stream.of(code.meaning(), code.remedy())),
				Stream.of(Warning.values()).flatMap(warning -> Stream.of(warning.meaning(), warning.remedy())))
			.forEach(text -> {
				Matcher setting = SETTING.matcher(text);
				while (setting.find()) {
					named.add(setting.group());
				}
			});
		for (String setting : named) {
			assertThat(present(shipped, setting.split("\\."))).as(setting).isTrue();
		}
		assertThat(named).as("the texts name at least the checklist status setting")
			.contains("pi-readiness.rules.guide-editions.2025.answered-statuses");
	}

	/** Whether the keys lead through the YAML; {@code <anything>} stands for any key at its level. */
	private static boolean present(Object node, String[] keys) {
		Object at = node;
		for (String key : keys) {
			if (!(at instanceof Map<?, ?> map)) {
				return false;
			}
			at = key.startsWith("<") ? map.values().stream().findFirst().orElse(null)
					: map.containsKey(key) ? map.get(key) : map.get(numberOrNull(key));
			if (at == null) {
				return false;
			}
		}
		return true;
	}

	private static Integer numberOrNull(String key) {
		return key.chars().allMatch(Character::isDigit) ? Integer.valueOf(key) : null;
	}
}
