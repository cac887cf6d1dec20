package org.pireadiness.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import org.pireadiness.report.PrivateFiles;

/**
 * The folder of the embedded H2 job repository. It is created private before the database opens (H2 would
 * create it readable by everyone), and the database files in it are made private at the start of each run.
 */
public final class DataFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		var environment = event.getEnvironment();
		Path folder = Path.of(environment.getProperty("pi-readiness.data-dir", "./data"));
		boolean groupReadable = environment.getProperty("pi-readiness.job.group-readable", Boolean.class, false);
		try {
			new PrivateFiles(groupReadable).createFolder(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the data folder " + folder, ex);
		}
	}

	static void restrict(Path folder, PrivateFiles privateFiles) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(Files::isRegularFile).forEach(privateFiles::file);
		}
	}
}
