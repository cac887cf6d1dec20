package org.pireadiness.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one year's PI measure catalogue (CMS's measures data, as shipped in {@code pi-measures/}). */
public final class MeasureCatalogFile {

	/**
	 * One catalogue row, as CMS writes it.
	 *
	 * @param reportingCategory {@code required}, {@code bonus}, {@code exclusion} or empty
	 * @param engagementLevels the measure's active-engagement measures ({@code _PRE}, {@code _PROD}), from 2023
	 */
	public record Row(String measureId, String metricType, boolean required, String objective, List<String> exclusions,
			String reportingCategory, boolean bonus, List<String> substitutes, List<String> engagementLevels) {
	}

	private MeasureCatalogFile() {
	}

	public static List<Row> read(InputStream catalog) {
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(catalog, StandardCharsets.UTF_8), format)) {
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new Row(record.get("measureId"), record.get("metricType"),
						Boolean.parseBoolean(record.get("isRequired")), record.get("objective"),
						ids(record.get("exclusion_ids")), record.get("reportingCategory"),
						Boolean.parseBoolean(record.get("isBonus")), ids(record.get("substitutes")),
						ids(record.get("preprod"))));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the PI measure catalogue", ex);
		}
	}

	private static List<String> ids(String cell) {
		return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
	}
}
