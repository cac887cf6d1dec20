package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.stereotype.Component;

import org.pireadiness.cli.RunRequest;
import org.pireadiness.cli.UsageException;
import org.pireadiness.intake.CatalogFile;
import org.pireadiness.intake.ChecklistFile;
import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.intake.GroupsFile;
import org.pireadiness.intake.IntakeLimits;
import org.pireadiness.intake.InputFileException;
import org.pireadiness.rules.RulesProperties;

/**
 * What can be wrong before processing starts (exit code 2): an unsupported year, a missing or unreadable file, a
 * header without a required column, a bad catalog, an output folder that cannot be made.
 */
@Component
class InputCheck {

	private final RulesProperties rules;

	private final JobProperties settings;

	InputCheck(RulesProperties rules, JobProperties settings) {
		this.rules = rules;
		this.settings = settings;
	}

	void check(RunRequest request) {
		if (!rules.performanceYears().containsKey(request.performanceYear())) {
			throw new UsageException("performance year " + request.performanceYear() + " is not supported (supported: "
					+ String.join(", ", rules.performanceYears().keySet().stream().sorted().map(String::valueOf).toList())
					+ ")");
		}
		var limits = new IntakeLimits(settings.maxLinesPerRecord());
		new GroupsFile(request.groups(), limits, rejected -> {
		}).close();
		new ChecklistFile(request.checklist(), PiReadinessJobConfiguration.vocabulary(rules), limits, rejected -> {
		}).close();
		new CliniciansFile(request.clinicians(), limits, rejected -> {
		}).close();
		request.checklistCatalog().ifPresent(catalog -> CatalogFile.read(catalog, limits));
		try {
			Files.createDirectories(request.output());
		}
		catch (IOException ex) {
			throw new InputFileException("--output=" + request.output() + ": cannot create the folder (" + ex + ")");
		}
	}
}
