package org.pireadiness.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the command line asks for, with the input files resolved.
 *
 * @param measures {@code --measures}, or {@code pi_measures.csv} in {@code --input} when it is there
 * @param submissions {@code --submissions} (a file or a folder), or {@code submissions/} in {@code --input} when it is
 * there
 * @param checklistCatalog the {@code --checklist-catalog} file, when given
 * @param mapping the {@code --mapping} file, when given
 * @param asOf the date the reports are made for ({@code --as-of}, default today): deadlines count from it
 * @param splitByTin whether to write one folder of reports per TIN as well
 */
public record RunRequest(Path clinicians, Path groups, Path checklist, Optional<Path> measures,
		Optional<Path> submissions, int performanceYear, LocalDate asOf,
		Path output, Optional<Path> checklistCatalog, Optional<Path> mapping, boolean splitByTin, boolean failOnRisk,
		boolean quiet) {
}
