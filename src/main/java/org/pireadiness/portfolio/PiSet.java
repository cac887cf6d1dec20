package org.pireadiness.portfolio;

import java.util.Map;

/**
 * One PI measurement set of a submission file (QPP JSON or QRDA III, contract §7): the PI data of the entity it
 * names, replacing that entity's export data.
 *
 * @param file the file's name, as the reports give it ({@code pi_data}, rejects)
 * @param line where the set's submission (or document) starts
 * @param submission the CEHRT ID, the period and the attestations ({@code PI_PPHI_1}, {@code PI_PPHI_2},
 * {@code PI_INFBLO_1}, {@code PI_ONCDIR_1})
 * @param measures every other measurement, by measure id
 */
public record PiSet(String file, int line, EntityRef entity, String programName, String submissionMethod,
		PiSubmission submission, Map<String, MeasureAnswer> measures) {
}
