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
import org.pireadiness.intake.InputMapping;
import org.pireadiness.intake.MappingFile;
import org.pireadiness.intake.MeasuresFile;
import org.pireadiness.rules.MeasureCatalog;
import org.pireadiness.rules.RulesProperties;

/**
 * What can be wrong before processing starts (exit code 2): an unsupported year, a missing or unreadable file, a
 * header without a required column, a bad catalog or mapping, an output folder that cannot be made.
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
		IntakeLimits limits = settings.intakeLimits();
		InputMapping mapping = request.mapping().map(MappingFile::read).orElse(InputMapping.NONE);
		new GroupsFile(request.groups(), mapping.forFile(InputMapping.GROUPS), limits, rejected -> {
		}).close();
		new ChecklistFile(request.checklist(), PiReadinessJobConfiguration.vocabulary(rules),
				mapping.forFile(InputMapping.CHECKLIST), limits, rejected -> {
				}).close();
		new CliniciansFile(request.clinicians(), mapping.forFile(InputMapping.CLINICIANS), limits, rejected -> {
		}).close();
		request.measures().ifPresent(measures -> new MeasuresFile(measures,
				MeasureCatalog.forYear(request.performanceYear()), mapping.forFile(InputMapping.MEASURES), limits,
				rejected -> {
				}).close());
		request.checklistCatalog().ifPresent(catalog -> CatalogFile.read(catalog, limits));
		try {
			settings.privateFiles().createFolder(request.output());
		}
		catch (IOException ex) {
			throw new InputFileException("--output=" + request.output() + ": cannot create the folder (" + ex + ")");
		}
	}
}
