import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of the chosen stack on this machine (issue 29): how long the portfolio's four CSV files take to read with
 * nothing but the JDK's BufferedReader.readLine, and to parse with Commons CSV in the job's own format (RFC 4180, LF),
 * one thread per file, first one after the other, then the files over both cores, largest first. No row is
 * validated, converted or kept: what the job adds above these figures is its own work. A parser stopped by a malformed
 * record loses its read-ahead when the next one takes over (about 1.4% of the records at scale 1): a floor a little
 * below the true one.
 * Usage: scripts/stack-floor [--scale=1] [--seed=1] (the portfolio scripts/benchmark generated)
 */
public class StackFloor {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	static final List<String> FILES = List.of("checklist_results.csv", "pi_measures.csv", "clinicians.csv", "groups.csv");

	public static void main(String[] args) throws Exception {
		Path portfolio = Path.of(args[0]);
		List<Path> files = FILES.stream().map(portfolio::resolve).sorted(Comparator.comparingLong(StackFloor::size)
			.reversed()).toList();
		for (int round = 1; round <= 3; round++) {
			long start = System.nanoTime();
			long lines = 0;
			for (Path file : files) {
				lines += readLines(file);
			}
			double readLine = seconds(start);
			start = System.nanoTime();
			StringBuilder each = new StringBuilder();
			long records = 0;
			for (Path file : files) {
				long fileStart = System.nanoTime();
				records += parse(file);
				each.append(String.format(" %s %.2f", file.getFileName(), seconds(fileStart)));
			}
			double oneThread = seconds(start);
			ExecutorService cores = Executors.newFixedThreadPool(2);
			start = System.nanoTime();
			List<Future<Long>> parsed = new ArrayList<>();
			for (Path file : files) {
				parsed.add(cores.submit(() -> parse(file)));
			}
			for (Future<Long> done : parsed) {
				done.get();
			}
			double bothCores = seconds(start);
			cores.shutdown();
			System.out.printf("round %d: readLine %,d lines %.2f s; Commons CSV %,d records %.2f s one after the other"
					+ " (%s), %.2f s over both cores%n", round, lines, readLine, records, oneThread, each.toString().strip(),
					bothCores);
		}
	}

	static long readLines(Path file) throws IOException {
		long count = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			while (reader.readLine() != null) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The records Commons CSV parses; a malformed record (the portfolio has a few, as the job's framer expects) stops
	 * its parser, so a new one goes on from where it stopped, as the job's framer goes on from the next line.
	 */
	static long parse(Path file) throws IOException {
		long count = 0;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Reader kept = new java.io.FilterReader(reader) {
				@Override
				public void close() {
					// the file stays open for the next parser
				}
			};
			while (true) {
				try {
					CSVParser parser = CSVParser.parse(kept, FORMAT);
					for (CSVRecord record : parser) {
						count += record.size() > 0 ? 1 : 0;
					}
					return count;
				}
				catch (java.io.UncheckedIOException ex) {
					count++; // the malformed record, as the job counts it
				}
			}
		}
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
