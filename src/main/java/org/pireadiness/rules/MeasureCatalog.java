package org.pireadiness.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pireadiness.intake.MeasureCatalogFile;
import org.pireadiness.intake.MeasureVocabulary;

/**
 * One performance year's PI measures, read from CMS's catalogue: which are required, their exclusions, the
 * health information exchange options, and the engagement levels a registry measure needs.
 */
public final class MeasureCatalog implements MeasureVocabulary {

	static final String HIE = "healthInformationExchange";

	/** The attestations have their own columns in the groups and clinicians files. */
	private static final Set<String> ATTESTATION_OBJECTIVES = Set.of("attestation", "protectPatientHealthInformation");

	private final Map<String, MeasureCatalogFile.Row> measures = new LinkedHashMap<>();

	private final Set<String> engagementLevels;

	MeasureCatalog(List<MeasureCatalogFile.Row> rows) {
		rows.forEach(row -> measures.put(row.measureId(), row));
		engagementLevels = rows.stream().flatMap(row -> row.engagementLevels().stream()).collect(Collectors.toSet());
	}

	public static MeasureCatalog forYear(int year) {
		String resource = "/pi-measures/pi-measures-" + year + ".csv";
		try (InputStream catalog = MeasureCatalog.class.getResourceAsStream(resource)) {
			if (catalog == null) {
				throw new IllegalStateException("no PI measure catalogue for " + year + " (" + resource + ")");
			}
			return new MeasureCatalog(MeasureCatalogFile.read(catalog));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Kind kindOf(String measureId) {
		MeasureCatalogFile.Row row = measures.get(measureId);
		if (row == null) {
			return null;
		}
		if (ATTESTATION_OBJECTIVES.contains(row.objective())) {
			return Kind.ATTESTATION;
		}
		return "proportion".equals(row.metricType()) ? Kind.PROPORTION : Kind.BOOLEAN;
	}

	MeasureCatalogFile.Row get(String measureId) {
		return measures.get(measureId);
	}

	/** Required measures outside HIE that must be met or excluded: not attestations, exclusions or engagement levels. */
	List<MeasureCatalogFile.Row> requiredOutsideHie() {
		return measures.values().stream()
			.filter(row -> row.required() && "required".equals(row.reportingCategory()) && !HIE.equals(row.objective())
					&& kindOf(row.measureId()) != Kind.ATTESTATION && !engagementLevels.contains(row.measureId()))
			.toList();
	}

	/** The HIE measures that are options: the proportions together form one, each yes/no measure is one alone. */
	List<MeasureCatalogFile.Row> hieOptions() {
		return measures.values().stream()
			.filter(row -> HIE.equals(row.objective()) && "required".equals(row.reportingCategory()))
			.toList();
	}

	/** Measures that need an engagement level when met with YES (empty before 2023). */
	List<MeasureCatalogFile.Row> withEngagementLevels() {
		return measures.values().stream().filter(row -> !row.engagementLevels().isEmpty()).toList();
	}

	Set<String> ids() {
		return measures.keySet();
	}

	/** Whether the measure is an exclusion of another (a row claiming it answers YES or NO, not a count). */
	boolean isExclusion(String measureId) {
		MeasureCatalogFile.Row row = measures.get(measureId);
		return row != null && "exclusion".equals(row.reportingCategory());
	}

	/**
	 * The pairs of measures that stand in for each other, by the catalogue's {@code substitutes} column (either side
	 * may list the other), each once, in catalogue order; a measure the year does not list is left out.
	 */
	List<List<String>> substitutePairs() {
		java.util.LinkedHashSet<List<String>> pairs = new java.util.LinkedHashSet<>();
		for (MeasureCatalogFile.Row row : measures.values()) {
			for (String other : row.substitutes()) {
				if (measures.containsKey(other) && !other.equals(row.measureId())) {
					pairs.add(row.measureId().compareTo(other) < 0 ? List.of(row.measureId(), other)
							: List.of(other, row.measureId()));
				}
			}
		}
		return List.copyOf(pairs);
	}
}
