package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code --checklist-catalog}: the official practices of each SAFER guide edition. It is reference data, not a
 * nightly export, so any bad row makes the whole file a usage error; it is a few dozen rows, read on the caller's
 * thread.
 */
public final class CatalogFile extends InputFile<CatalogFile.Entry> {

	public static final String LABEL = "checklist catalog";

	public record Entry(String guideEdition, String practiceId) {
	}

	enum CatalogColumn implements Column {
		GUIDE_VERSION, PRACTICE_ID, TITLE;

		@Override
		public boolean requiredInHeader() {
			return this != TITLE;
		}
	}

	private CatalogFile(Path path, IntakeLimits limits) {
		super(path, LABEL, List.of(CatalogColumn.values()), FileMapping.NONE, limits, Runnable::run);
	}

	/** The practices listed for each edition. */
	public static Map<String, Set<String>> read(Path path, IntakeLimits limits) {
		Map<String, Set<String>> practices = new TreeMap<>();
		RejectSink anyRejectIsAUsageError = rejected -> {
			throw new InputFileException(LABEL + " " + path + ", line " + rejected.line() + ": " + rejected.message());
		};
		try (var file = new CatalogFile(path, limits)) {
			for (Entry entry = file.next(anyRejectIsAUsageError); entry != null; entry = file.next(anyRejectIsAUsageError)) {
				practices.computeIfAbsent(entry.guideEdition(), edition -> new TreeSet<>()).add(entry.practiceId());
			}
		}
		return practices;
	}

	@Override
	protected Entry convert(Row row, int line) {
		return new Entry(row.required(CatalogColumn.GUIDE_VERSION), row.required(CatalogColumn.PRACTICE_ID));
	}
}
