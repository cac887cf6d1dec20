package org.pireadiness.intake;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The {@code --mapping} file: a {@link FileMapping} for each input file it names. */
public record InputMapping(Map<String, FileMapping> files) {

	public static final InputMapping NONE = new InputMapping(Map.of());

	public static final String CLINICIANS = "clinicians";

	public static final String GROUPS = "groups";

	public static final String CHECKLIST = "checklist";

	public static final String MEASURES = "measures";

	/** The canonical columns of each file a mapping may name. */
	static Map<String, List<String>> canonicalColumns() {
		return Map.of(CLINICIANS, names(CliniciansFile.COLUMNS), GROUPS, names(GroupsFile.COLUMNS), CHECKLIST,
				names(ChecklistFile.COLUMNS), MEASURES,
				List.of("entity_type", "entity_id", "npi", "measure_id", "value", "numerator", "denominator"));
	}

	private static List<String> names(List<? extends Column> columns) {
		return columns.stream().map(Column::canonicalName).toList();
	}

	public FileMapping forFile(String file) {
		return files.getOrDefault(file, FileMapping.NONE);
	}

	static List<String> fileKeys() {
		return Stream.of(CLINICIANS, GROUPS, CHECKLIST, MEASURES).toList();
	}
}
