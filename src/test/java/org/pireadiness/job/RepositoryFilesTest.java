package org.pireadiness.job;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which URLs are H2 file databases, and where their files are: where the repository is locked and kept private. */
class RepositoryFilesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "jdbc:h2:file:/srv/pi/db;WRITE_DELAY=0|/srv/pi|db",
			"jdbc:h2:/srv/pi/db|/srv/pi|db", "JDBC:H2:FILE:/srv/pi/db|/srv/pi|db",
			"jdbc:h2:file:/srv/pi/../other/db|/srv/other|db" })
	void h2FileUrls(String url, String folder, String database) {
		assertThat(RepositoryFiles.of(url)).contains(new RepositoryFiles(Path.of(folder), database));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "jdbc:h2:file:./data/pi-readiness|data|pi-readiness",
			"jdbc:h2:./relative/db;MODE=PostgreSQL|relative|db" })
	void relativeToTheWorkingDirectory(String url, String folder, String database) {
		assertThat(RepositoryFiles.of(url))
			.contains(new RepositoryFiles(Path.of(folder).toAbsolutePath().normalize(), database));
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:h2:~/pi/db" })
	void theHomeFolder(String url) {
		assertThat(RepositoryFiles.of(url)).contains(new RepositoryFiles(Path.of(System.getProperty("user.home"), "pi"), "db"));
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:h2:mem:test", "jdbc:h2:tcp://db.example.org/~/pi", "jdbc:h2:ssl://db.example.org/pi",
			"jdbc:h2:zip:/srv/pi.zip!/db", "jdbc:postgresql://db.example.org:5432/pi" })
	void notPlainLocalFiles(String url) {
		assertThat(RepositoryFiles.of(url)).isEmpty();
	}
}
