package org.pireadiness;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.core.convert.ConversionFailedException;

import org.pireadiness.cli.ExitCode;
import org.pireadiness.job.RepositoryFiles;
import org.pireadiness.job.RunLock;

/**
 * A failure to start, told in one line on standard error with its exit code: the database's own words when it is the
 * database; the setting and what is wrong with it when a setting is bad, which is a usage error, as running the same
 * command again cannot get past it.
 */
final class StartFailure {

	/** H2's error code for a database file another process has open. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	private StartFailure() {
	}

	/** @param repository the job repository's files, when the context got far enough to know them */
	static int report(Throwable failure, Optional<RepositoryFiles> repository) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				System.err.println("pi-readiness: cannot start: " + badSetting(bind));
				return ExitCode.USAGE.code();
			}
			if (cause instanceof SQLException sql) {
				return databaseFailed(sql, repository);
			}
			if (cause instanceof UncheckedIOException io) {
				root = io; // the job's own words (what it could not do, and where), not only the file's name
				break;
			}
			root = cause;
		}
		System.err.println("pi-readiness: cannot start: " + root.getMessage());
		return ExitCode.FAILED.code();
	}

	private static int databaseFailed(SQLException sql, Optional<RepositoryFiles> repository) {
		if (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN && repository.isPresent()) {
			Path folder = repository.get().folder();
			System.err.println("pi-readiness: another run is in progress on the job repository in " + folder + ": "
					+ RunLock.holderOf(folder));
			return ExitCode.ALREADY_RUNNING.code();
		}
		System.err.println("pi-readiness: cannot start: cannot open the job repository database: "
				+ firstLine(sql.getMessage()) + "; " + remedy(repository));
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
				return bind.getName() + ": \"" + conversion.getValue() + "\" is not "
						+ kind(conversion.getTargetType().getType());
			}
			root = cause;
		}
		return bind.getName() + ": " + firstLine(root.getMessage());
	}

	/** What a setting of the type must be, in the words of the settings file rather than Java's. */
	static String kind(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class) {
			return "a number";
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
				.collect(Collectors.joining(", "));
		}
		return "a valid " + type.getSimpleName();
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
}
