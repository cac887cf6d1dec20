package org.pireadiness.rules;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The rule table as shipped in {@code performance-years.yml}, bound the way the application binds it. */
public final class ShippedRules {

	private static final RulesProperties RULES = load();

	private ShippedRules() {
	}

	public static RulesProperties properties() {
		return RULES;
	}

	public static PerformanceYear year(int year) {
		return new PerformanceYear(year, RULES.performanceYears().get(year));
	}

	public static SubmissionRules submissionRules(int year) {
		return RULES.submissionRules(year);
	}

	private static RulesProperties load() {
		try {
			var environment = new StandardEnvironment();
			new YamlPropertySourceLoader().load("rules", new ClassPathResource("performance-years.yml"))
				.forEach(environment.getPropertySources()::addLast);
			return new Binder(ConfigurationPropertySources.get(environment))
				.bind("pi-readiness.rules", RulesProperties.class).get();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
