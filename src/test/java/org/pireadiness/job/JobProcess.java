package org.pireadiness.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged job as a real process, with the test classes on its loader path for the test hooks. */
final class JobProcess {

	record Result(int exitCode, String out, String err) {
	}

	/** A started process and the number of its log files. */
	record Started(Process process, int launch) {
	}

	private final Path logs;

	private int launches;

	JobProcess(Path logs) {
		this.logs = logs;
	}

	Started start(List<String> systemProperties, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-Dloader.path=target/test-classes"));
		systemProperties.forEach(property -> command.add("-D" + property));
		command.addAll(List.of("-cp", "target/pi-readiness.jar", "org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(List.of(args));
		launches++;
		Process process = new ProcessBuilder(command).redirectOutput(logs.resolve("out" + launches + ".txt").toFile())
			.redirectError(logs.resolve("err" + launches + ".txt").toFile())
			.start();
		return new Started(process, launches);
	}

	Result run(String... args) throws IOException, InterruptedException {
		return finish(start(List.of(), args));
	}

	Result finish(Started started) throws IOException, InterruptedException {
		assertThat(started.process().waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Result(started.process().exitValue(),
				Files.readString(logs.resolve("out" + started.launch() + ".txt"), StandardCharsets.UTF_8),
				Files.readString(logs.resolve("err" + started.launch() + ".txt"), StandardCharsets.UTF_8));
	}

	/** One number from the H2 job repository of a data folder (the process that used it has ended). */
	static long count(Path data, String query) throws java.sql.SQLException {
		String url = "jdbc:h2:file:" + data.resolve("pi-readiness") + ";TRACE_LEVEL_FILE=0";
		try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
				java.sql.ResultSet result = connection.createStatement().executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

	static void awaitFile(Path file) throws InterruptedException {
		for (int i = 0; i < 1200 && !Files.exists(file); i++) {
			Thread.sleep(50);
		}
		assertThat(file).exists();
	}
}
