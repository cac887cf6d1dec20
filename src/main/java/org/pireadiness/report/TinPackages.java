package org.pireadiness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.pireadiness.history.Changes;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.propagation.EntityStatuses;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.EntityResult;

/**
 * {@code --split-by-tin}: one folder per TIN, {@code by-tin/<TIN>/}, with that practice's at-risk clinicians, the
 * entities its clinicians depend on (those at risk, and every one with its status), and its own {@code report.html}.
 * A folder is named only by a TIN
 * that is nine digits, so no input can steer a path.
 */
final class TinPackages {

	static final String FOLDER = "by-tin";

	private static final Pattern TIN = Pattern.compile("\\d{9}");

	private final RunReport run;

	private final Map<String, EntityResult> entitiesByLabel = new HashMap<>();

	private final Map<String, List<EntityResult>> individualsByTin = new HashMap<>();

	private TinPackages(RunReport run) {
		this.run = run;
		for (EntityResult entity : run.entities()) {
			if (entity.ref().type() == EntityType.INDIVIDUAL) {
				individualsByTin.computeIfAbsent(entity.ref().id(), tin -> new ArrayList<>()).add(entity);
			}
			else {
				entitiesByLabel.put(entity.ref().label(), entity);
			}
		}
	}

	static void write(RunReport run, Changes changes, Path folder, PrivateFiles privateFiles) throws IOException {
		Files.createDirectories(folder);
		privateFiles.folder(folder);
		var packages = new TinPackages(run);
		Map<String, Changes> changesByTin = changes.byTin();
		Map<String, List<ClinicianResult>> byTin = new LinkedHashMap<>();
		run.clinicians().forEach(c -> byTin.computeIfAbsent(c.tin(), tin -> new ArrayList<>()).add(c));
		for (var practice : byTin.entrySet()) {
			String tin = practice.getKey();
			if (!TIN.matcher(tin).matches()) {
				throw new IllegalStateException("refusing to name a folder after \"" + tin + "\": not a TIN");
			}
			Path target = folder.resolve(tin);
			Files.createDirectory(target);
			privateFiles.folder(target);
			RunReport part = packages.forTin(tin, practice.getValue());
			CsvReports.atRiskClinicians(part, target.resolve(CsvReports.AT_RISK_CLINICIANS));
			CsvReports.atRiskEntities(part, target.resolve(CsvReports.AT_RISK_ENTITIES));
			CsvReports.entityStatus(part, target.resolve(CsvReports.ENTITY_STATUS));
			HtmlReport.write(part, changesByTin.getOrDefault(tin, changes.none()), tin,
					target.resolve(HtmlReport.FILE));
			try (var files = Files.list(target)) {
				files.forEach(privateFiles::file);
			}
		}
	}

	/** A practice's clinicians, the entities they depend on (directly or through a subgroup) and its individual submissions. */
	private RunReport forTin(String tin, List<ClinicianResult> clinicians) {
		Set<String> labels = new LinkedHashSet<>();
		clinicians.forEach(clinician -> {
			labels.addAll(clinician.paths());
			labels.addAll(clinician.inheritedFrom());
		});
		Set<EntityResult> entities = new LinkedHashSet<>();
		for (String label : labels) {
			EntityResult entity = entitiesByLabel.get(label);
			if (entity != null) {
				entities.add(entity);
				EntityResult dataSource = entitiesByLabel.get(entity.dataFrom());
				if (dataSource != null) {
					entities.add(dataSource);
				}
			}
		}
		entities.addAll(individualsByTin.getOrDefault(tin, List.of()));
		return run.part(clinicians, entities.stream().sorted(EntityStatuses.ORDER).toList());
	}
}
