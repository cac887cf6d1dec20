package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import org.pireadiness.cli.CommandLine;
import org.pireadiness.cli.ExitCode;
import org.pireadiness.cli.RunRequest;
import org.pireadiness.cli.UsageException;
import org.pireadiness.intake.InputFileException;
import org.pireadiness.report.ReportFolder;
import org.pireadiness.rules.RulesProperties;

/**
 * Runs the job the command line asks for and turns the outcome into the contract's exit code. Every failure
 * ends here as one line on standard error, never as a stack trace.
 */
@Component
class ReadinessRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(ReadinessRunner.class);

	private final ObjectProvider<CommandLine> commandLine;

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	private final RulesProperties rules;

	private final InputCheck inputCheck;

	private final JobRepositorySchema schema;

	private ExitCode exitCode = ExitCode.COMPLETED;

	ReadinessRunner(ObjectProvider<CommandLine> commandLine, JobOperator operator, JobRepository repository, Job job,
			RulesProperties rules, InputCheck inputCheck, JobRepositorySchema schema) {
		this.commandLine = commandLine;
		this.operator = operator;
		this.repository = repository;
		this.job = job;
		this.rules = rules;
		this.inputCheck = inputCheck;
		this.schema = schema;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		CommandLine command = commandLine.getIfAvailable();
		if (command != null) {
			exitCode = execute(command);
		}
	}

	@Override
	public int getExitCode() {
		return exitCode.code();
	}

	private ExitCode execute(CommandLine command) {
		RunRequest request;
		try {
			request = command.request();
			inputCheck.check(request);
		}
		catch (UsageException | InputFileException ex) {
			return error(ExitCode.USAGE, ex.getMessage());
		}
		try {
			schema.ensure();
			var parameters = new RunParameters(request, InputFingerprint.of(request, rules));
			return finished(start(parameters.toJobParameters(), request), request);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return error(ExitCode.ALREADY_RUNNING, "another run of this job is in progress: " + ex.getMessage());
		}
		catch (Exception ex) {
			return error(ExitCode.FAILED, "the job failed: " + rootMessage(ex));
		}
	}

	private JobExecution start(JobParameters parameters, RunRequest request) throws Exception {
		try {
			return operator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution last = repository.getLastJobExecution(PiReadinessJobConfiguration.JOB_NAME, parameters);
			if (reportsInPlace(request.output(), parameters)) {
				log.info("These inputs were already processed for {}; the reports in {} are current",
						request.performanceYear(), request.output());
				return last;
			}
			log.info("These inputs were already processed, but the reports are no longer in {}: writing them again",
					request.output());
			return operator.start(job, new JobParametersBuilder(parameters)
				.addLong("reports.rewritten", System.currentTimeMillis(), true).toJobParameters());
		}
	}

	private static boolean reportsInPlace(Path output, JobParameters parameters) throws IOException {
		Path summary = output.resolve(ReportFolder.SUMMARY);
		String runId = RunParameters.of(parameters).runId();
		return Files.isRegularFile(summary) && Files.readString(summary).contains("\"" + runId + "\"");
	}

	private ExitCode finished(JobExecution execution, RunRequest request) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			List<Throwable> failures = execution.getAllFailureExceptions();
			for (Throwable failure : failures) {
				if (failure instanceof InputFileException || failure instanceof UsageException) {
					return error(ExitCode.USAGE, failure.getMessage());
				}
			}
			return error(ExitCode.FAILED, "the job " + execution.getStatus() + ": "
					+ (failures.isEmpty() ? execution.getExitStatus().getExitDescription()
							: rootMessage(failures.get(0)))
					+ "; the previous reports are untouched; run the same command again to resume");
		}
		RunOutcome outcome = RunOutcome.from(execution.getExecutionContext());
		System.out.println(outcome.line(request.performanceYear(), request.output().toString()));
		return request.failOnRisk() && outcome.anythingAtRisk() ? ExitCode.AT_RISK : ExitCode.COMPLETED;
	}

	private static ExitCode error(ExitCode code, String message) {
		System.err.println("pi-readiness: " + message);
		return code;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return root == failure ? message : failure.getMessage() + " (" + message + ")";
	}
}
