package org.pireadiness.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.intake.submission.QppJsonFile;
import org.pireadiness.intake.submission.QrdaFile;
import org.pireadiness.intake.submission.SubmissionFiles;
import org.pireadiness.intake.submission.SubmissionRead;
import org.pireadiness.propagation.SubmissionBook;

/**
 * The readSubmissions step: every submission file of {@code --submissions} (QPP JSON, or QRDA III for
 * {@code *.xml}), in name order, its PI sets into the
 * submission book, its tally and rejects into the ledger. A file is read whole before any of its sets is used, so a
 * file that is not well-formed costs that file only.
 */
final class ReadSubmissionsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReadSubmissionsTasklet.class);

	private final List<SubmissionFiles.File> files;

	private final int performanceYear;

	private final List<String> qrdaGuides;

	private final MeasureVocabulary catalogue;

	private final SubmissionBook book;

	private final IntakeLedger ledger;

	private final RunStop stop;

	/** @param qrdaGuides the QRDA III CMS guides (document template extensions) the conversion tool takes */
	ReadSubmissionsTasklet(List<SubmissionFiles.File> files, int performanceYear, List<String> qrdaGuides,
			MeasureVocabulary catalogue, SubmissionBook book, IntakeLedger ledger, RunStop stop) {
		this.files = files;
		this.performanceYear = performanceYear;
		this.qrdaGuides = qrdaGuides;
		this.catalogue = catalogue;
		this.book = book;
		this.ledger = ledger;
		this.stop = stop;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws JobInterruptedException {
		long rows = 0;
		int sets = 0;
		int refused = 0;
		for (SubmissionFiles.File file : files) {
			stop.checkpoint();
			SubmissionRead read = read(file);
			ledger.record(read.tally(file.path().toString()), read.rejects(), read.otherSets(), read.unattributed());
			read.sets().forEach(book::add);
			read.refusals().forEach(book::refuse);
			rows += read.rowsRead();
			sets += read.sets().size();
			refused += read.refused();
		}
		if (!files.isEmpty()) {
			log.info("Submission files: {} read, {} PI sets taken, {} submissions CMS would refuse, {} sets of other "
					+ "categories skipped", files.size(), sets, refused, ledger.otherSetsSkipped());
		}
		contribution.getStepExecution().setReadCount(rows);
		return RepeatStatus.FINISHED;
	}

	private SubmissionRead read(SubmissionFiles.File file) {
		if (file.isJson()) {
			return QppJsonFile.read(file.path(), file.label(), performanceYear, catalogue);
		}
		SubmissionRead read = QrdaFile.read(file.path(), file.label(), performanceYear, qrdaGuides, catalogue);
		if (read.sets().isEmpty() && read.refused() == 0 && read.rejects().isEmpty()) {
			log.info("{}: a QRDA III document without a PI section: no PI set", file.label());
		}
		return read;
	}
}
