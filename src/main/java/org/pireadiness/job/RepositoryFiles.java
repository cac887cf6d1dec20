package org.pireadiness.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import org.pireadiness.report.PrivateFiles;

/**
 * The files of an H2 file job repository, wherever its URL points: the default one under the data folder or one
 * of the user's own. They hold the at-risk history (TIN/NPIs and reasons), so they are private: a missing folder is
 * created private, and the database file is created private before H2 opens it (H2 would create it readable by
 * everyone and then write it in place).
 *
 * @param folder the folder of the database files, absolute; the run's lock on the repository is taken there
 * @param database the database's name, the start of its files' names ({@code pi-readiness.mv.db})
 */
public record RepositoryFiles(Path folder, String database) {

	private static final String H2 = "jdbc:h2:";

	/** The repository's files when the URL is an H2 file database; empty for PostgreSQL, in-memory or server URLs. */
	public static Optional<RepositoryFiles> of(String url) {
		if (url == null || !url.regionMatches(true, 0, H2, 0, H2.length())) {
			return Optional.empty();
		}
		String name = url.substring(H2.length());
		int settings = name.indexOf(';');
		name = settings < 0 ? name : name.substring(0, settings);
		if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
			name = name.substring("file:".length());
		}
		else if (name.matches("[A-Za-z]{2,}:.*")) {
			return Optional.empty(); // mem:, tcp:, ssl:, zip: and the other file systems are not plain local files
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		Path path = Path.of(name).toAbsolutePath().normalize();
		return path.getParent() == null ? Optional.empty()
				: Optional.of(new RepositoryFiles(path.getParent(), path.getFileName().toString()));
	}

	/** The repository of the environment's {@code spring.datasource.url}, when it is an H2 file database. */
	public static Optional<RepositoryFiles> of(Environment environment) {
		return of(environment.getProperty("spring.datasource.url"));
	}

	/** Prepares the files as soon as the settings are known, before anything opens the database. */
	public static ApplicationListener<ApplicationEnvironmentPreparedEvent> preparer() {
		return event -> {
			var environment = event.getEnvironment();
			// bound as the job's settings bind it, so a bad value is the same usage error, named with its setting
			var privateFiles = new PrivateFiles(
					Binder.get(environment).bind("pi-readiness.job.group-readable", Boolean.class).orElse(false));
			of(environment).ifPresent(files -> files.prepare(privateFiles));
		};
	}

	/** Creates the folder private when missing, and the database file, empty and private, when missing. */
	void prepare(PrivateFiles privateFiles) {
		try {
			privateFiles.createFolder(folder);
			privateFiles.createFile(folder.resolve(database + ".mv.db"));
		}
		catch (FileAlreadyExistsException ex) {
			// an existing database keeps its place; restrict() makes its files private at the start of each run
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the job repository in " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/** Makes every file of the database private, those H2 added since (a trace file) too. */
	void restrict(PrivateFiles privateFiles) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(file -> file.getFileName().toString().startsWith(database + "."))
				.filter(Files::isRegularFile)
				.forEach(privateFiles::file);
		}
	}
}
