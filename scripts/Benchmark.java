import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times the whole job (through scripts/pi-readiness: job repository, every report) against DuckDB running
 * scripts/benchmark-oracle.sql over the same generated files, alternately, and checks that both find the same
 * at-risk clinicians (tin, npi, reason codes). Ends with one line:
 * RESULT scale=F job_s=M duckdb_s=M ratio=R peak_rss_mb=N measure_rows=N identical=yes|no
 *
 * Usage (through scripts/benchmark): [--scale=0.1] [--runs=3] [--seed=1]
 */
public class Benchmark {

	public static void main(String[] args) throws Exception {
		double scale = 0.1;
		int runs = 3;
		long seed = 1;
		for (String arg : args) {
			if (arg.startsWith("--scale=")) {
				scale = Double.parseDouble(arg.substring(8));
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring(7));
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(arg.substring(7));
			}
			else {
				System.err.println("usage: benchmark [--scale=0.1] [--runs=3] [--seed=1]");
				System.exit(2);
			}
		}
		Path work = Path.of("target/bench").toAbsolutePath();
		Path portfolio = work.resolve("portfolio-" + scale + "-" + seed);
		if (!Files.exists(portfolio.resolve("pi_measures.csv"))) {
			run(List.of("scripts/generate-portfolio", "--output=" + portfolio, "--scale=" + scale, "--seed=" + seed));
		}
		System.out.printf("portfolio %s: %,d bytes%n", portfolio, size(portfolio));
		double[] job = new double[runs];
		double[] duckdb = new double[runs];
		long peakRss = 0;
		boolean identical = true;
		boolean prepared = false;
		for (int i = 0; i < runs; i++) {
			Path output = work.resolve("job-out");
			Path data = work.resolve("job-data");
			delete(output);
			delete(data);
			JobRun run = runJob(portfolio, output, data);
			if (run.prepared() && !prepared) {
				// the run that builds the jar or the class-data archive (once per build) is not a nightly run
				prepared = true;
				System.out.printf("preparing run: job %.2f s, with the build's one-off work: not counted%n", run.seconds());
				i--;
				continue;
			}
			job[i] = run.seconds();
			long rss = run.peakKb();
			peakRss = Math.max(peakRss, rss);
			Path oracle = work.resolve("duckdb-at-risk.csv");
			Path scores = work.resolve("duckdb-scores.csv");
			duckdb[i] = time(() -> runDuckDb(portfolio, oracle, scores));
			boolean same = compare(output.resolve("at-risk-clinicians.csv"), oracle)
					& compareScores(output.resolve("clinician-status.csv"), scores);
			identical &= same;
			System.out.printf("run %d: job %.2f s (peak RSS %d MB), duckdb %.2f s, identical=%s%n", i + 1, job[i],
					rss / 1024, duckdb[i], same ? "yes" : "no");
		}
		double jobMedian = median(job);
		double duckdbMedian = median(duckdb);
		long measureRows;
		try (var lines = Files.lines(portfolio.resolve("pi_measures.csv"))) {
			measureRows = lines.count() - 1;
		}
		System.out.printf("RESULT scale=%s job_s=%.2f duckdb_s=%.2f ratio=%.2f peak_rss_mb=%d measure_rows=%d identical=%s%n",
				scale, jobMedian, duckdbMedian, jobMedian / duckdbMedian, peakRss / 1024, measureRows,
				identical ? "yes" : "no");
	}

	interface Timed {
		void run() throws Exception;
	}

	static double time(Timed work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e9;
	}

	/** A job's run: its wall time, its peak resident set in kB, and whether the wrapper built the jar or the archive first. */
	record JobRun(double seconds, long peakKb, boolean prepared) {
	}

	/** Runs the job, timing it and reading its peak resident set from /proc as it runs; the wrapper says what it prepared. */
	static JobRun runJob(Path portfolio, Path output, Path data) throws Exception {
		Path log = data.resolveSibling("job-log.txt");
		long start = System.nanoTime();
		Process process = new ProcessBuilder("scripts/pi-readiness", "--input=" + portfolio, "--performance-year=2025",
				"--output=" + output, "--pi-readiness.data-dir=" + data, "--as-of=2025-11-17")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		long peak = 0;
		while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
			peak = Math.max(peak, peakRss(status));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (process.exitValue() != 0) {
			System.out.print(Files.readString(log));
			throw new IllegalStateException("the job exited " + process.exitValue());
		}
		List<String> lines = Files.readAllLines(log);
		System.out.println("  steps: " + stepTimes(lines));
		boolean prepared = lines.stream().anyMatch(line -> line.startsWith("pi-readiness: building the jar")
				|| line.startsWith("pi-readiness: preparing the class-data archive"));
		return new JobRun(seconds, peak, prepared);
	}

	/** Each step's seconds, from the job's own log lines ("readGroups  24 rows in  0.13 s (…)"). */
	static String stepTimes(List<String> log) {
		java.util.regex.Pattern step = java.util.regex.Pattern.compile("INFO\\s+(\\w+)\\s+[\\d,]+ rows in\\s+([\\d.]+) s");
		StringBuilder times = new StringBuilder();
		for (String line : log) {
			java.util.regex.Matcher found = step.matcher(line);
			if (found.find()) {
				times.append(times.length() == 0 ? "" : ", ").append(found.group(1)).append(' ').append(found.group(2));
			}
		}
		return times.toString();
	}

	static long peakRss(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// the process ended between two looks
		}
		return 0;
	}

	static void runDuckDb(Path portfolio, Path out, Path scores) throws Exception {
		String script = Files.readString(Path.of("scripts/benchmark-oracle.sql"))
			.replace("${DIR}", portfolio.toString())
			.replace("${CATALOG}", Path.of("src/main/resources/pi-measures/pi-measures-2025.csv").toAbsolutePath().toString())
			.replace("${OUT}", out.toString())
			.replace("${SCORES}", scores.toString());
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			for (String sql : script.split(";\\s*\\n")) {
				String body = Arrays.stream(sql.split("\n")).filter(line -> !line.strip().startsWith("--"))
					.reduce("", (a, b) -> a + "\n" + b).strip();
				if (!body.isEmpty()) {
					long start = System.nanoTime();
					statement.execute(body);
					if (Boolean.getBoolean("bench.verbose")) {
						System.out.printf("  duckdb %6.2f s  %s%n", (System.nanoTime() - start) / 1e9,
								body.lines().findFirst().orElse(""));
					}
				}
			}
		}
	}

	/** Compares tin, npi and reason codes of the job's at-risk clinicians with the oracle's. */
	static boolean compare(Path job, Path oracle) throws IOException {
		List<String> ours = firstColumns(job, 3, 7);
		List<String> theirs = firstColumns(oracle, 0, 2);
		if (ours.equals(theirs)) {
			return true;
		}
		System.out.printf("differences: job %,d rows, duckdb %,d rows%n", ours.size(), theirs.size());
		List<String> onlyJob = new ArrayList<>(ours);
		onlyJob.removeAll(theirs);
		List<String> onlyDuckdb = new ArrayList<>(theirs);
		onlyDuckdb.removeAll(ours);
		onlyJob.stream().limit(5).forEach(row -> System.out.println("  only in the job:    " + row));
		onlyDuckdb.stream().limit(5).forEach(row -> System.out.println("  only in DuckDB:     " + row));
		return false;
	}

	/** Each TIN/NPI's estimated_pi_score (contract v3 §9.2): the job's clinician-status.csv against DuckDB's. */
	static boolean compareScores(Path job, Path oracle) throws IOException {
		List<String> ours;
		try (Stream<String> lines = Files.lines(job, StandardCharsets.UTF_8)) {
			ours = lines.skip(1).map(line -> {
				List<String> cells = split(line);
				return cells.get(1) + "," + cells.get(2) + "," + cells.get(cells.size() - 1);
			}).toList();
		}
		List<String> theirs;
		try (Stream<String> lines = Files.lines(oracle, StandardCharsets.UTF_8)) {
			theirs = lines.skip(1).map(line -> {
				List<String> cells = split(line);
				return cells.get(0) + "," + cells.get(1) + "," + cells.get(2);
			}).toList();
		}
		if (ours.equals(theirs)) {
			return true;
		}
		System.out.printf("estimated_pi_score differs: job %,d rows, duckdb %,d rows%n", ours.size(), theirs.size());
		for (int i = 0, shown = 0; i < Math.min(ours.size(), theirs.size()) && shown < 5; i++) {
			if (!ours.get(i).equals(theirs.get(i))) {
				System.out.println("  job: " + ours.get(i) + "   duckdb: " + theirs.get(i));
				shown++;
			}
		}
		return false;
	}

	/** tin, npi and reason codes; the job's file has performance_year first and reason_codes in column 7. */
	static List<String> firstColumns(Path file, int from, int codes) throws IOException {
		try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.skip(1).map(line -> {
				List<String> cells = split(line);
				int tin = from == 3 ? 1 : 0;
				return cells.get(tin) + "," + cells.get(tin + 1) + "," + cells.get(from == 3 ? 6 : 2);
			}).toList();
		}
	}

	/** Splits a CSV line, honouring quotes (the job quotes its plain-English reasons). */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed");
		}
	}

	static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.mapToLong(file -> file.toFile().length()).sum();
		}
	}

	static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
