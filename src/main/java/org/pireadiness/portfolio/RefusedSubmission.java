package org.pireadiness.portfolio;

/**
 * A submission (a QPP JSON submission object, a QRDA III document) with a PI set that CMS would refuse whole
 * (contract §7.4): none of its sets is used, and the entity it names takes its PI data from its files only.
 *
 * @param file the file's name, as the reports give it
 * @param line where the submission (or document) starts
 * @param entity the entity it names, as CMS's tools would tell it
 * @param problem its first problem, as {@code rejected-rows.csv} gives it (the line, the code, the message)
 */
public record RefusedSubmission(String file, int line, EntityRef entity, String problem) {
}
