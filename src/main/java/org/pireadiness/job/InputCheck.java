package org.pireadiness.job;

import java.io.IOException;

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
					+ String.join(", ", rules.performanceYears().keySet().stream().sorted().map(String::valueOf).toList())
					+ ")");
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
