package org.pireadiness.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;

import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.portfolio.ClinicianRow;

/**
 * judgeClinicians' reader: the accepted rows of {@code clinicians.csv}, their rejects into the run's ledger. It
 * keeps no position in the step's execution context: the verdicts are folded in memory, so a restarted step reads
 * the file from the top. The run's file and ledger are bound when the step opens it, not looked up for every row.
 */
class ClinicianItemReader implements ItemStreamReader<ClinicianRow> {

	private final RunInputs inputs;

	private final ObjectProvider<RunParameters> run;

	private final ObjectProvider<IntakeLedger> ledgers;

	private CliniciansFile file;

	private IntakeLedger ledger;

	ClinicianItemReader(RunInputs inputs, ObjectProvider<RunParameters> run, ObjectProvider<IntakeLedger> ledgers) {
		this.inputs = inputs;
		this.run = run;
		this.ledgers = ledgers;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ledger = ledgers.getObject();
		file = inputs.clinicians(run.getObject().request());
	}

	@Override
	public ClinicianRow read() {
		return file.next(ledger);
	}

	@Override
	public void close() {
		if (file != null) {
			ReadFileTasklet.finish(file, ledger);
			file.close();
			file = null;
		}
	}
}
