package org.pireadiness.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pireadiness.intake.MeasureCatalogFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalogues the job ships list the same ids as the reference CMS data in {@code ../shared/reference} (beside
 * the checkout, as CI lays it out; skipped where it is not there).
 */
class MeasureCatalogResourcesTest {

	private static final Path REFERENCE = Path.of("../shared/reference");

	@ParameterizedTest
	@ValueSource(ints = { 2022, 2023, 2024, 2025, 2026 })
	void shippedCatalogueMatchesTheReference(int year) throws IOException {
		assumeTrue(Files.isDirectory(REFERENCE), "the reference data is not beside this checkout: " + REFERENCE.toAbsolutePath());
		List<MeasureCatalogFile.Row> shipped;
		try (InputStream in = MeasureCatalog.class.getResourceAsStream("/pi-measures/pi-measures-" + year + ".csv")) {
			shipped = MeasureCatalogFile.read(in);
		}
		List<MeasureCatalogFile.Row> reference;
		try (InputStream in = Files.newInputStream(REFERENCE.resolve("pi-measures-" + year + ".csv"))) {
			reference = MeasureCatalogFile.read(in);
		}
		assertThat(ids(shipped, "required")).isEqualTo(ids(reference, "required")).isNotEmpty();
		assertThat(ids(shipped, "exclusions")).isEqualTo(ids(reference, "exclusions")).isNotEmpty();
		assertThat(ids(shipped, "substitutes")).isEqualTo(ids(reference, "substitutes")).isNotEmpty();
		assertThat(ids(shipped, "engagement")).isEqualTo(ids(reference, "engagement"));
		assertThat(ids(shipped, "all")).isEqualTo(ids(reference, "all"));
	}

	private static TreeSet<String> ids(List<MeasureCatalogFile.Row> rows, String kind) {
		TreeSet<String> ids = new TreeSet<>();
		for (MeasureCatalogFile.Row row : rows) {
			switch (kind) {
				case "required" -> {
					if (row.required()) {
						ids.add(row.measureId());
					}
				}
				case "exclusions" -> row.exclusions().forEach(exclusion -> ids.add(row.measureId() + ">" + exclusion));
				case "substitutes" -> row.substitutes().forEach(other -> ids.add(row.measureId() + "~" + other));
				case "engagement" -> row.engagementLevels().forEach(level -> ids.add(row.measureId() + "^" + level));
				default -> ids.add(row.measureId());
			}
		}
		return ids;
	}

	/** CMS's measures data for 2027 (copied as the other years were) has the same PI measures as 2026's, today. */
	@org.junit.jupiter.api.Test
	void the2027CatalogueIsCmssCopyOf2026() throws IOException {
		try (InputStream y2026 = MeasureCatalog.class.getResourceAsStream("/pi-measures/pi-measures-2026.csv");
				InputStream y2027 = MeasureCatalog.class.getResourceAsStream("/pi-measures/pi-measures-2027.csv")) {
			assertThat(y2027.readAllBytes()).isEqualTo(y2026.readAllBytes());
		}
	}
}
