package org.pireadiness;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.convert.ConversionFailedException;

import org.pireadiness.cli.CommandLine;
import org.pireadiness.cli.ExitCode;
import org.pireadiness.cli.Usage;
import org.pireadiness.cli.UsageException;
import org.pireadiness.job.RepositoryFiles;
import org.pireadiness.job.RunLock;
import org.pireadiness.job.RunStop;

/**
 * pi-readiness: which MIPS reporting entities and clinicians would score zero in Promoting Interoperability.
 * The command line is checked before Spring starts, so a usage mistake costs no start-up and shows no trace.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PiReadinessApplication {

	/** H2's error code for a database file another process has open. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs one command line and returns its exit code. */
	public static int run(String... args) {
		CommandLine command;
		try {
			command = CommandLine.parse(args);
		}
		catch (UsageException ex) {
			System.err.println("pi-readiness: " + ex.getMessage() + " (see --help)");
			return ExitCode.USAGE.code();
		}
		if (command.help()) {
			System.out.print(Usage.TEXT);
			return ExitCode.COMPLETED.code();
		}
		SpringApplication application = new SpringApplication(PiReadinessApplication.class);
		application.addInitializers(context -> context.getBeanFactory().registerSingleton("commandLine", command));
		application.addListeners(RepositoryFiles.preparer());
		AtomicReference<Optional<RepositoryFiles>> repository = new AtomicReference<>(Optional.empty());
		application.addListeners((ApplicationListener<ApplicationFailedEvent>) event -> repository
			.set(RepositoryFiles.of(event.getApplicationContext().getEnvironment())));
		try (RunStop.Listening signals = RunStop.listen()) {
			ConfigurableApplicationContext context = application.run(command.springArguments());
			return SpringApplication.exit(context);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex; // the build's ahead-of-time processing stops the run once it has the context's beans
		}
		catch (RuntimeException ex) {
			return startFailed(ex, repository.get());
		}
	}

	/**
	 * What to do about a job repository that cannot be opened: its history (trend, what changed) is lost either way,
	 * and a new one starts once the damaged file is out of the way.
	 */
	private static String remedy(Optional<RepositoryFiles> repository) {
		return repository.map(files -> {
			Path database = files.folder().resolve(files.database() + ".mv.db");
			return "to start a new history, move " + database + " aside (for example to " + database
					+ ".damaged) and run again; the reports in --output are untouched";
		}).orElse("check the database the spring.datasource settings name; the reports in --output are untouched");
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.strip().lines().findFirst().orElse("");
	}

	/**
	 * One line for a start-up failure: the database's own words when it is the database; the setting and what is wrong
	 * with it when a setting is bad, which is a usage error, as running the same command again cannot get past it.
	 */
	private static int startFailed(Throwable failure, Optional<RepositoryFiles> repository) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				System.err.println("pi-readiness: cannot start: " + badSetting(bind));
				return ExitCode.USAGE.code();
			}
			if (cause instanceof SQLException sql) {
				if (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN && repository.isPresent()) {
					Path folder = repository.get().folder();
					System.err.println("pi-readiness: another run is in progress on the job repository in " + folder
							+ ": " + RunLock.holderOf(folder));
					return ExitCode.ALREADY_RUNNING.code();
				}
				System.err.println("pi-readiness: cannot start: cannot open the job repository database: "
						+ firstLine(sql.getMessage()) + "; " + remedy(repository));
				return ExitCode.FAILED.code();
			}
			root = cause;
		}
		System.err.println("pi-readiness: cannot start: " + root.getMessage());
		return ExitCode.FAILED.code();
	}

	/**
	 * The setting's place and what is wrong: a name no setting has (a misspelt override would otherwise be ignored
	 * without a word), a value of the wrong kind, or the record's own check, which names the setting in its text.
	 */
	private static String badSetting(BindException bind) {
		Throwable root = bind;
		for (Throwable cause = bind.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof UnboundConfigurationPropertiesException unbound) {
				return "no such setting: " + unbound.getUnboundProperties().stream()
					.map(property -> property.getName().toString()).sorted().collect(Collectors.joining(", "));
			}
			if (cause instanceof ConversionFailedException conversion) {
				return bind.getName() + ": \"" + conversion.getValue() + "\" is not a valid "
						+ conversion.getTargetType().getType().getSimpleName();
			}
			root = cause;
		}
		return bind.getName() + ": " + root.getMessage();
	}
}
