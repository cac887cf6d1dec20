package org.pireadiness.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates Spring Batch's tables on the first run against a database. Boot's own initializer treats an H2 file
 * database as a server (so it would not create them) and cannot run twice against PostgreSQL (the scripts have
 * no IF NOT EXISTS), so the job checks for the tables itself.
 */
@Component
class JobRepositorySchema {

	private static final Logger log = LoggerFactory.getLogger(JobRepositorySchema.class);

	private final DataSource dataSource;

	JobRepositorySchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void ensure() throws SQLException {
		String platform;
		try (Connection connection = dataSource.getConnection()) {
			if (hasTable(connection.getMetaData(), "BATCH_JOB_INSTANCE")) {
				return;
			}
			platform = DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
		}
		log.info("Creating the job repository tables ({})", platform);
		new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
			.execute(dataSource);
	}

	private static boolean hasTable(DatabaseMetaData metaData, String name) throws SQLException {
		for (String candidate : new String[] { name, name.toLowerCase() }) {
			try (ResultSet tables = metaData.getTables(null, null, candidate, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}
}
