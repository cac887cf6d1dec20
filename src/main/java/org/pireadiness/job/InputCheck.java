package org.pireadiness.job;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.pireadiness.cli.RunRequest;
import org.pireadiness.cli.UsageException;
import org.pireadiness.intake.InputFileException;
import org.pireadiness.rules.RulesProperties;

/**
 * What can be wrong before processing starts (exit code 2): an unsupported year, a missing or unreadable file, a
 * header without a required column, a bad catalog or mapping, an output folder that cannot be made. The files it
 * opens are the ones the job's steps then read.
 */
@Component
class InputCheck {

	private static final Logger log = LoggerFactory.getLogger(InputCheck.class);

	private final RulesProperties rules;

	private final JobProperties settings;

	private final RunInputs inputs;

	InputCheck(RulesProperties rules, JobProperties settings, RunInputs inputs) {
		this.rules = rules;
		this.settings = settings;
		this.inputs = inputs;
	}

	void check(RunRequest request) {
		if (!rules.performanceYears().containsKey(request.performanceYear())) {
			throw new UsageException("performance year " + request.performanceYear() + " is not supported (supported: "
					+ String.join(", ", rules.performanceYears().keySet().stream().sorted()
						.map(year -> year + (rules.performanceYears().get(year).provisional() ? " (provisional)" : ""))
						.toList())
					+ ")");
		}
		if (rules.performanceYears().get(request.performanceYear()).provisional()) {
			log.warn("Performance year {} has provisional rules: CMS's rules for it are not final, so it is judged by "
					+ "the previous year's rules and CMS's current measure catalogue for it", request.performanceYear());
		}
		inputs.open(request);
		try {
			settings.privateFiles().createFolder(request.output());
		}
		catch (IOException ex) {
			throw new InputFileException("--output=" + request.output() + ": cannot create the folder (" + ex + ")");
		}
	}
}
