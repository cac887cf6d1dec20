package org.pireadiness.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.portfolio.ClinicianRow;

/**
 * Streams the accepted rows of {@code clinicians.csv} into the chunk step. It keeps no position in the step's
 * execution context: the verdicts are folded in memory, so a restarted step reads the file from the top.
 */
class ClinicianItemReader implements ItemStreamReader<ClinicianRow> {

	private final RunWorkspace workspace;

	private CliniciansFile file;

	ClinicianItemReader(RunWorkspace workspace) {
		this.workspace = workspace;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		file = workspace.openClinicians();
	}

	@Override
	public ClinicianRow read() {
		return file.next();
	}

	@Override
	public void close() {
		if (file != null) {
			workspace.finish(file);
			file.close();
			file = null;
		}
	}
}
