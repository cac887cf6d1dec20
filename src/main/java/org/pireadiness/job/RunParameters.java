package org.pireadiness.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.pireadiness.cli.RunRequest;

/**
 * A run's job parameters. The performance year, the input fingerprint, the output folder and the as-of date
 * identify the job instance, so the same command after a failure resumes that instance and after a success finds it
 * complete, while the next night's run (another as-of date) is a run of its own.
 */
record RunParameters(RunRequest request, String fingerprint) {

	private static final String YEAR = "performance.year";

	private static final String FINGERPRINT = "input.fingerprint";

	private static final String OUTPUT = "output";

	private static final String AS_OF = "as.of";

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addLong(YEAR, (long) request.performanceYear(), true)
			.addString(FINGERPRINT, fingerprint, true)
			.addString(OUTPUT, request.output().toString(), true)
			.addString(AS_OF, request.asOf().toString(), true)
			.addString("clinicians", request.clinicians().toString(), false)
			.addString("groups", request.groups().toString(), false)
			.addString("checklist", request.checklist().toString(), false)
			.addString("measures", request.measures().map(Path::toString).orElse(""), false)
			.addString("submissions", request.submissions().map(Path::toString).orElse(""), false)
			.addString("checklist.catalog", request.checklistCatalog().map(Path::toString).orElse(""), false)
			.addString("mapping", request.mapping().map(Path::toString).orElse(""), false)
			.addString("split.by.tin", String.valueOf(request.splitByTin()), false)
			.addString("fail.on.risk", String.valueOf(request.failOnRisk()), false)
			.toJobParameters();
	}

	static RunParameters of(JobParameters parameters) {
		String catalog = parameters.getString("checklist.catalog", "");
		String mapping = parameters.getString("mapping", "");
		var request = new RunRequest(Path.of(parameters.getString("clinicians")),
				Path.of(parameters.getString("groups")), Path.of(parameters.getString("checklist")),
				optionalPath(parameters.getString("measures", "")), optionalPath(parameters.getString("submissions", "")),
				parameters.getLong(YEAR).intValue(), LocalDate.parse(parameters.getString(AS_OF)),
				Path.of(parameters.getString(OUTPUT)),
				optionalPath(catalog), optionalPath(mapping),
				Boolean.parseBoolean(parameters.getString("split.by.tin", "false")),
				Boolean.parseBoolean(parameters.getString("fail.on.risk", "false")), false);
		return new RunParameters(request, parameters.getString(FINGERPRINT));
	}

	private static Optional<Path> optionalPath(String path) {
		return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
	}

	/** A short, stable id of the run for the reports: the first 16 hex digits of the fingerprint. */
	String runId() {
		return fingerprint.substring(0, 16);
	}
}
