package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.pireadiness.report.PrivateFiles;

/**
 * One run at a time on the job repository this run actually uses: on PostgreSQL an advisory lock in the database
 * itself (runs on several machines may share it, and file locks only see one machine); on an H2 file database an
 * operating-system lock in the database's folder; on any other kind of repository, one in the data folder.
 */
@Component
class RepositoryLock {

	/** The advisory lock key: "PIRD" in ASCII. */
	private static final long KEY = 0x50495244L;

	private final DataSource dataSource;

	private final Optional<RepositoryFiles> files;

	private final Path dataDir;

	RepositoryLock(DataSource dataSource, @Value("${spring.datasource.url}") String url,
			@Value("${pi-readiness.data-dir}") Path dataDir) {
		this.dataSource = dataSource;
		this.files = RepositoryFiles.of(url);
		this.dataDir = dataDir.toAbsolutePath().normalize();
	}

	/** Takes the lock for as long as the returned handle is open; {@code run} says who holds it. */
	AutoCloseable acquire(String run, PrivateFiles privateFiles) throws SQLException, IOException, RunLock.HeldException {
		if (files.isPresent()) {
			return RunLock.acquire(files.get().folder(), "the job repository in", run, privateFiles);
		}
		Connection connection = dataSource.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			connection.close();
			return RunLock.acquire(dataDir, "the job repository in", run, privateFiles);
		}
		try (ResultSet locked = connection.createStatement().executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
			locked.next();
			if (!locked.getBoolean(1)) {
				String url = connection.getMetaData().getURL();
				connection.close();
				throw new RunLock.HeldException("another run is in progress on the job repository " + url);
			}
		}
		return connection::close;
	}

	/** Makes the H2 database's files private (H2 may have added some since the last run); nothing for others. */
	void restrictFiles(PrivateFiles privateFiles) throws IOException {
		if (files.isPresent()) {
			files.get().restrict(privateFiles);
		}
	}
}
