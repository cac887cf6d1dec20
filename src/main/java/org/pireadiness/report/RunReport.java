package org.pireadiness.report;

import java.util.List;

import org.pireadiness.intake.InputTally;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.EntityResult;

/**
 * Everything one run found, as the reports show it.
 *
 * @param runId identifies the run by its inputs and options, so a resumed run writes the same reports
 * @param rejects in file order, then line order
 */
public record RunReport(String runId, int performanceYear, List<InputTally> inputs, List<RejectedRow> rejects,
		List<ClinicianResult> clinicians, List<EntityResult> atRiskEntities) {
}
