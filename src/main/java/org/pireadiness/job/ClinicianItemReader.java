package org.pireadiness.job;

import java.util.Iterator;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;

import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.PiSubmission;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.propagation.SubmissionBook;

/**
 * judgeClinicians' reader: the accepted rows of {@code clinicians.csv}, their rejects into the run's ledger, then an
 * INDIVIDUAL path for each individual PI set whose TIN/NPI has none in the file (contract §7.2: its clinician is MIPS
 * eligible unless another of its rows says otherwise, which makes the TIN/NPI not eligible anyway). An individual
 * submission that CMS would refuse adds the path only for a TIN/NPI the file names (contract §7.4): otherwise the
 * portfolio does not know it. It keeps no
 * position in the step's execution context: the verdicts are folded in memory, so a restarted step reads the file
 * from the top. The run's file and ledger are bound when the step opens it, not looked up for every row.
 */
class ClinicianItemReader implements ItemStreamReader<ClinicianRow> {

	private final RunInputs inputs;

	private final ObjectProvider<RunParameters> run;

	private final ObjectProvider<IntakeLedger> ledgers;

	private final ObjectProvider<SubmissionBook> submissions;

	private CliniciansFile file;

	private IntakeLedger ledger;

	private Iterator<EntityRef> individualSubmissions;

	private SubmissionBook book;

	ClinicianItemReader(RunInputs inputs, ObjectProvider<RunParameters> run, ObjectProvider<IntakeLedger> ledgers,
			ObjectProvider<SubmissionBook> submissions) {
		this.inputs = inputs;
		this.run = run;
		this.ledgers = ledgers;
		this.submissions = submissions;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ledger = ledgers.getObject();
		file = inputs.clinicians(run.getObject().request());
		book = submissions.getObject();
		individualSubmissions = book.entities().stream().filter(entity -> entity.type() == EntityType.INDIVIDUAL)
			.toList().iterator();
	}

	@Override
	public ClinicianRow read() {
		ClinicianRow row = file.next(ledger);
		while (row == null && individualSubmissions.hasNext()) {
			EntityRef named = individualSubmissions.next();
			boolean known = !book.setsOf(named).isEmpty() || file.hasClinician(named.id(), named.npi());
			if (known && !file.hasIndividualPath(named.id(), named.npi())) {
				row = new ClinicianRow(named.id(), named.npi(), "", "", true, named, Reweighting.NONE, false,
						PiSubmission.NONE);
			}
		}
		return row;
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
