package org.pireadiness.job;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import org.pireadiness.cli.CommandLine;
import org.pireadiness.cli.ExitCode;
import org.pireadiness.cli.RunRequest;
import org.pireadiness.cli.UsageException;
import org.pireadiness.history.RiskHistory;
import org.pireadiness.intake.InputFileException;
import org.pireadiness.report.PrivateFiles;
import org.pireadiness.rules.RulesProperties;

/**
 * Runs the job the command line asks for and turns the outcome into the contract's exit code. Every failure
 * ends here as one line on standard error, never as a stack trace.
 */
@Component
class ReadinessRunner implements ApplicationRunner, ExitCodeGenerator {

	private final ObjectProvider<CommandLine> commandLine;

	private final JobLaunch launch;

	private final RulesProperties rules;

	private final InputCheck inputCheck;

	private final JobRepositorySchema schema;

	private final Retention retention;

	private final RiskHistory history;

	private final RepositoryLock repositoryLock;

	private final PrivateFiles privateFiles;

	private final RunInputs inputs;

	private final RunStop stop;

	private ExitCode exitCode = ExitCode.COMPLETED;

	ReadinessRunner(ObjectProvider<CommandLine> commandLine, JobLaunch launch, RulesProperties rules,
			InputCheck inputCheck, JobRepositorySchema schema, Retention retention, RiskHistory history,
			RepositoryLock repositoryLock, RunInputs inputs, RunStop stop, JobProperties settings) {
		this.commandLine = commandLine;
		this.launch = launch;
		this.rules = rules;
		this.inputCheck = inputCheck;
		this.schema = schema;
		this.retention = retention;
		this.history = history;
		this.repositoryLock = repositoryLock;
		this.privateFiles = settings.privateFiles();
		this.inputs = inputs;
		this.stop = stop;
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

	ExitCode execute(CommandLine command) {
		RunRequest request;
		try {
			request = command.request();
			inputCheck.check(request);
		}
		catch (UsageException | InputFileException ex) {
			inputs.closeUnread();
			return error(ExitCode.USAGE, ex.getMessage());
		}
		try {
			return launch(request);
		}
		finally {
			inputs.closeUnread();
		}
	}

	private ExitCode launch(RunRequest request) {
		String run = "year " + request.performanceYear() + ", input " + request.clinicians().getParent() + ", output "
				+ request.output();
		try (RunLock outputLock = RunLock.acquire(request.output(), "the output folder", run, privateFiles);
				AutoCloseable repository = repositoryLock.acquire(run, privateFiles)) {
			if (stop.signal().isPresent()) {
				return stopped(); // asked before the job started: nothing to resume
			}
			schema.ensure();
			history.ensureTables();
			repositoryLock.restrictFiles(privateFiles);
			retention.prune();
			return finished(launch.run(new RunParameters(request, InputFingerprint.of(request, rules))), request);
		}
		catch (RunLock.HeldException ex) {
			return error(ExitCode.ALREADY_RUNNING, ex.getMessage());
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return error(ExitCode.ALREADY_RUNNING, "another run of this job is in progress: " + ex.getMessage());
		}
		catch (Exception ex) {
			return error(ExitCode.FAILED, "the job failed: " + rootMessage(ex));
		}
	}

	private ExitCode finished(JobExecution execution, RunRequest request) {
		if (execution.getStatus() == BatchStatus.STOPPED && stop.signal().isPresent()) {
			return stopped();
		}
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

	private ExitCode stopped() {
		String signal = stop.signal().orElseThrow();
		return error(ExitCode.stoppedBy(signal), "stopped by signal " + signal
				+ "; the previous reports are untouched; run the same command again to resume");
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
