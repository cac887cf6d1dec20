package org.pireadiness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Runs the application's real entry point in this JVM against files in a temporary folder. */
public final class RunFixture {

	public record Result(int exitCode, String out, String err) {
	}

	private final Path folder;

	public RunFixture(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	public Path input() {
		return folder.resolve("input");
	}

	public Path output() {
		return folder.resolve("output");
	}

	public Path write(String name, String content) {
		try {
			Path file = input().resolve(name);
			Files.createDirectories(file.getParent());
			return Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs with the portfolio in {@link #input()}, reports to {@link #output()} and a private job repository, as of
	 * 1 November of the year (before every deadline) unless {@code more} names another {@code --as-of}: no test
	 * depends on the machine's date.
	 */
	public Result runJob(int year, String... more) {
		List<String> args = new ArrayList<>(List.of("--input=" + input(), "--performance-year=" + year,
				"--output=" + output(), "--pi-readiness.data-dir=" + folder.resolve("data")));
		if (Stream.of(more).noneMatch(arg -> arg.startsWith("--as-of="))) {
			args.add("--as-of=" + year + "-11-01");
		}
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	public static synchronized Result run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		var outBytes = new ByteArrayOutputStream();
		var errBytes = new ByteArrayOutputStream();
		System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		try {
			int code = PiReadinessApplication.run(args);
			return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	/** The rows of a report, header excluded. */
	public List<CSVRecord> rows(String report) {
		try (Reader reader = Files.newBufferedReader(output().resolve(report));
				var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<String> header(String report) {
		try (Stream<String> lines = Files.lines(output().resolve(report))) {
			return List.of(lines.findFirst().orElseThrow().split(","));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Some columns of every row, joined by '|'. */
	public List<String> columns(String report, String... names) {
		return rows(report).stream().map(row -> Stream.of(names).map(row::get).reduce((a, b) -> a + "|" + b).orElse(""))
			.toList();
	}
}
