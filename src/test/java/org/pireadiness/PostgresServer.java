package org.pireadiness;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the PostgreSQL binaries zonky publishes on Maven Central. PostgreSQL
 * refuses to run as root, and CI runs as root, so there the server runs as {@code nobody}.
 */
public final class PostgresServer implements AutoCloseable {

	private final Process server;

	private final int port;

	private PostgresServer(Process server, int port) {
		this.server = server;
		this.port = port;
	}

	public static PostgresServer start(Path folder) throws Exception {
		Path binaries = folder.resolve("pg");
		extract(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64"), binaries);
		Path data = folder.resolve("pgdata");
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			run(List.of("chown", "-R", "nobody:nogroup", folder.toString()));
			run(List.of("chmod", "o+x", folder.getParent().toString()));
		}
		run(asUser(root, binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A",
				"trust", "-E", "UTF8", "--locale=C"));
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process server = new ProcessBuilder(asUser(root, binaries.resolve("bin/postgres").toString(), "-D",
				data.toString(), "-p", String.valueOf(port), "-k", data.toString(), "-c", "listen_addresses=127.0.0.1"))
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("postgres.log").toFile())
			.start();
		var postgres = new PostgresServer(server, port);
		postgres.awaitReady();
		return postgres;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	/** The tables of the public schema, in lower case. */
	public List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (var connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
				var rows = connection.createStatement()
					.executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
			while (rows.next()) {
				tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	private void awaitReady() throws InterruptedException, SQLException {
		SQLException last = null;
		for (int i = 0; i < 200; i++) {
			try (var connection = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
				return;
			}
			catch (SQLException ex) {
				last = ex;
				Thread.sleep(100);
			}
		}
		throw last;
	}

	private static List<String> asUser(boolean root, String... command) {
		List<String> full = new ArrayList<>();
		if (root) {
			full.addAll(List.of("runuser", "-u", "nobody", "--"));
		}
		full.addAll(List.of(command));
		return full;
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output);
		}
	}

	private static void extract(InputStream archive, Path target) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				Path path = target.resolve(entry.getName()).normalize();
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					if ((entry.getMode() & 0100) != 0) {
						Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
					}
				}
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		server.destroy();
		if (!server.waitFor(30, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
	}
}
