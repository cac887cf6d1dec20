package org.pireadiness;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import org.pireadiness.cli.CommandLine;
import org.pireadiness.cli.ExitCode;
import org.pireadiness.cli.Usage;
import org.pireadiness.cli.UsageException;
import org.pireadiness.job.RepositoryFiles;
import org.pireadiness.job.RunStop;

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
		application.addListeners(RepositoryFiles.preparer());
		AtomicReference<Optional<RepositoryFiles>> repository = new AtomicReference<>(Optional.empty());
		// a failure before the context exists (a bad setting read with the environment) has no repository to name
		application.addListeners((ApplicationListener<ApplicationFailedEvent>) event -> Optional
			.ofNullable(event.getApplicationContext())
			.ifPresent(context -> repository.set(RepositoryFiles.of(context.getEnvironment()))));
		try (RunStop.Listening signals = RunStop.listen()) {
			ConfigurableApplicationContext context = application.run(command.springArguments());
			return SpringApplication.exit(context);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex; // the build's ahead-of-time processing stops the run once it has the context's beans
		}
		catch (RuntimeException ex) {
			return StartFailure.report(ex, repository.get());
		}
	}
}
