package org.pireadiness.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A lock in the job repository database itself, for a PostgreSQL repository that runs on several machines share
 * (the file locks only see one machine). H2 file databases need none: H2 lets one process open them.
 */
@Component
class RepositoryLock {

	/** The advisory lock key: "PIRD" in ASCII. */
	private static final long KEY = 0x50495244L;

	private final DataSource dataSource;

	RepositoryLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Takes the lock for as long as the returned handle is open. */
	AutoCloseable acquire() throws SQLException, RunLock.HeldException {
		Connection connection = dataSource.getConnection();
		String product = connection.getMetaData().getDatabaseProductName();
		if (!"PostgreSQL".equals(product)) {
			connection.close();
			return () -> {
			};
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
}
