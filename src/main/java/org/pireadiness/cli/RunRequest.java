package org.pireadiness.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asks for, with the input files resolved.
 *
 * @param checklistCatalog the {@code --checklist-catalog} file, when given
 */
public record RunRequest(Path clinicians, Path groups, Path checklist, int performanceYear, Path output,
		Optional<Path> checklistCatalog, boolean failOnRisk, boolean quiet) {
}
