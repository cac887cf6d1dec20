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
import org.pireadiness.history.RunHistory;
import org.pireadiness.history.TinAtRisk;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatuses;

/**
 * {@code --split-by-tin}: one folder per TIN, {@code by-tin/<TIN>/}, with that practice's at-risk clinicians, the
 * entities its clinicians depend on (those at risk, and every one with its status), and its own {@code report.html}
 * with its calendar, fix-first table and trend. Each TIN's part of the run is made before anything is written, as
 * its counts go into the history with the run. A folder is named only by a TIN that is nine digits, so no input
 * can steer a path.
 */
public final class TinPackages {

	static final String FOLDER = "by-tin";

	private static final Pattern TIN = Pattern.compile("\\d{9}");

	/** Each TIN's part of the run, in TIN order. */
	private final Map<String, RunReport> parts = new LinkedHashMap<>();

	private TinPackages() {
	}

	public static TinPackages of(RunReport run) {
		Map<String, EntityResult> entitiesByLabel = new HashMap<>();
		Map<String, List<EntityResult>> individualsByTin = new HashMap<>();
		for (EntityResult entity : run.entities()) {
			if (entity.ref().type() == EntityType.INDIVIDUAL) {
				individualsByTin.computeIfAbsent(entity.ref().id(), tin -> new ArrayList<>()).add(entity);
			}
			else {
				entitiesByLabel.put(entity.ref().label(), entity);
			}
		}
		Map<String, List<ClinicianResult>> byTin = new LinkedHashMap<>();
		run.clinicians().forEach(c -> byTin.computeIfAbsent(c.tin(), tin -> new ArrayList<>()).add(c));
		var packages = new TinPackages();
		byTin.forEach((tin, clinicians) -> packages.parts.put(tin, run.part(clinicians,
				entities(clinicians, entitiesByLabel, individualsByTin.getOrDefault(tin, List.of())))));
		return packages;
	}

	/** Each TIN's clinicians and entities at risk, as its page counts them. */
	public List<TinAtRisk> atRisk() {
		List<TinAtRisk> counts = new ArrayList<>(parts.size());
		parts.forEach((tin, part) -> counts.add(new TinAtRisk(tin, part.atRiskClinicians(), part.atRiskEntities().size())));
		return counts;
	}

	void write(RunHistory history, Path folder, PrivateFiles privateFiles) throws IOException {
		Files.createDirectories(folder);
		privateFiles.folder(folder);
		Map<String, Changes> changesByTin = history.changes().byTin();
		for (var practice : parts.entrySet()) {
			String tin = practice.getKey();
			if (!TIN.matcher(tin).matches()) {
				throw new IllegalStateException("refusing to name a folder after \"" + tin + "\": not a TIN");
			}
			Path target = folder.resolve(tin);
			Files.createDirectory(target);
			privateFiles.folder(target);
			RunReport part = practice.getValue();
			CsvReports.atRiskClinicians(part, target.resolve(CsvReports.AT_RISK_CLINICIANS));
			CsvReports.atRiskEntities(part, target.resolve(CsvReports.AT_RISK_ENTITIES));
			CsvReports.entityStatus(part, target.resolve(CsvReports.ENTITY_STATUS));
			HtmlReport.write(part, changesByTin.getOrDefault(tin, history.changes().none()), history.trendOf(tin),
					history.restartedAfter(), tin, target.resolve(HtmlReport.FILE));
			try (var files = Files.list(target)) {
				files.forEach(privateFiles::file);
			}
		}
	}

	/** A practice's clinicians, the entities they depend on (directly or through a subgroup) and its individual submissions. */
	private static List<EntityResult> entities(List<ClinicianResult> clinicians, Map<String, EntityResult> byLabel,
			List<EntityResult> individuals) {
		Set<String> labels = new LinkedHashSet<>();
		clinicians.forEach(clinician -> {
			labels.addAll(clinician.paths());
			labels.addAll(clinician.inheritedFrom());
		});
		Set<EntityResult> entities = new LinkedHashSet<>();
		for (String label : labels) {
			EntityResult entity = byLabel.get(label);
			if (entity != null) {
				entities.add(entity);
				EntityResult dataSource = byLabel.get(entity.dataFrom());
				if (dataSource != null) {
					entities.add(dataSource);
				}
			}
		}
		entities.addAll(individuals);
		return entities.stream().sorted(EntityStatuses.ORDER).toList();
	}
}
