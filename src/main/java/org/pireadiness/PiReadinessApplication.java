package org.pireadiness;

import java.sql.SQLException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import org.pireadiness.cli.CommandLine;
import org.pireadiness.cli.ExitCode;
import org.pireadiness.cli.Usage;
import org.pireadiness.cli.UsageException;

/**
 * pi-readiness: which MIPS reporting entities and clinicians would score zero in Promoting Interoperability.
 * The command line is checked before Spring starts, so a usage mistake costs no start-up and shows no trace.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PiReadinessApplication {

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
		try {
			ConfigurableApplicationContext context = application.run(command.springArguments());
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			System.err.println("pi-readiness: cannot start: " + describe(ex));
			return ExitCode.FAILED.code();
		}
	}

	/** The most telling message of a start-up failure: the database's own words when it is the database. */
	private static String describe(Throwable failure) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException) {
				return "cannot open the job repository database: " + cause.getMessage();
			}
			root = cause;
		}
		return root.getMessage();
	}
}
