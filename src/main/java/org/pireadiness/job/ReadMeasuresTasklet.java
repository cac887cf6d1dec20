package org.pireadiness.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.intake.MeasuresFile;
import org.pireadiness.rules.MeasureBook;

/** readMeasures' tasklet: {@code pi_measures.csv} into the measure book, sealed once read; or, without it, nothing. */
final class ReadMeasuresTasklet {

	private static final Logger log = LoggerFactory.getLogger(ReadMeasuresTasklet.class);

	private ReadMeasuresTasklet() {
	}

	static Tasklet of(RunInputs inputs, RunParameters run, MeasureBook measures, IntakeLedger ledger, RunStop stop) {
		return run.request().measures().<Tasklet>map(path -> new ReadFileTasklet<>(
				() -> inputs.measures(run.request(), path), measures::add, file -> read(file, measures), ledger, stop))
			.orElse((contribution, context) -> {
				log.info("No PI measures file: measure checks are skipped");
				return RepeatStatus.FINISHED;
			});
	}

	private static void read(MeasuresFile file, MeasureBook measures) {
		measures.seal();
		if (!file.ignoredAttestations().isEmpty()) {
			log.info("{}: ignoring rows of attestation measures {}: the attestation columns of groups.csv and "
					+ "clinicians.csv rule", file.label(), String.join(", ", file.ignoredAttestations()));
		}
	}
}
