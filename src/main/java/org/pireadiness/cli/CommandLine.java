package org.pireadiness.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the options of contract §2. Spring Boot properties ({@code --spring.*}, {@code --logging.*},
 * {@code --pi-readiness.*}) pass through to Spring; anything else unknown is a usage error.
 */
public final class CommandLine {

	private static final Set<String> VALUED = Set.of("input", "clinicians", "groups", "checklist",
			"performance-year", "output", "checklist-catalog", "measures", "mapping", "submissions", "as-of");

	private static final Set<String> FLAGS = Set.of("fail-on-risk", "split-by-tin", "quiet", "help");

	private static final List<String> PASS_THROUGH = List.of("--spring.", "--logging.", "--pi-readiness.");

	private final Map<String, String> options;

	private final List<String> springArguments;

	private CommandLine(Map<String, String> options, List<String> springArguments) {
		this.options = options;
		this.springArguments = springArguments;
	}

	public static CommandLine parse(String... args) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> spring = new ArrayList<>();
		for (String arg : args) {
			if (PASS_THROUGH.stream().anyMatch(arg::startsWith) || arg.equals("--debug") || arg.equals("--trace")) {
				spring.add(arg);
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument '" + arg + "': options take the form --name=value");
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, equals < 0 ? arg.length() : equals);
			String value = equals < 0 ? null : arg.substring(equals + 1);
			checkOption(name, value);
			if (options.put(name, value == null ? "" : value) != null) {
				throw new UsageException("option --" + name + " is given twice");
			}
		}
		return new CommandLine(options, spring);
	}

	private static void checkOption(String name, String value) {
		if (VALUED.contains(name)) {
			if (value == null || value.isBlank()) {
				throw new UsageException("option --" + name + " needs a value: --" + name + "=...");
			}
		}
		else if (FLAGS.contains(name)) {
			if (value != null) {
				throw new UsageException("option --" + name + " takes no value");
			}
		}
		else {
			throw new UsageException("unknown option --" + name);
		}
	}

	public boolean help() {
		return options.containsKey("help");
	}

	public boolean quiet() {
		return options.containsKey("quiet");
	}

	/** Arguments for Spring Boot: the pass-through properties, and quieter logging with {@code --quiet}. */
	public String[] springArguments() {
		List<String> arguments = new ArrayList<>(springArguments);
		if (quiet()) {
			arguments.add(0, "--logging.level.root=WARN");
			arguments.add(1, "--logging.level.org.pireadiness=WARN");
		}
		return arguments.toArray(String[]::new);
	}

	/** The run this command line asks for; the year is checked against the rules later. */
	public RunRequest request() {
		Path input = path("input");
		Path clinicians = inputFile("clinicians", "clinicians.csv", input);
		Path groups = inputFile("groups", "groups.csv", input);
		Path checklist = inputFile("checklist", "checklist_results.csv", input);
		Optional<Path> measures = Optional.ofNullable(path("measures"))
			.or(() -> Optional.ofNullable(input).map(folder -> folder.resolve("pi_measures.csv")).filter(Files::exists));
		Optional<Path> submissions = Optional.ofNullable(path("submissions"))
			.or(() -> Optional.ofNullable(input).map(folder -> folder.resolve("submissions")).filter(Files::isDirectory));
		return new RunRequest(clinicians, groups, checklist, measures, submissions, year(), asOf(), required("output"),
				Optional.ofNullable(path("checklist-catalog")), Optional.ofNullable(path("mapping")),
				options.containsKey("split-by-tin"), options.containsKey("fail-on-risk"), quiet());
	}

	private Path inputFile(String option, String fileName, Path input) {
		Path file = path(option);
		if (file != null) {
			return file;
		}
		if (input == null) {
			throw new UsageException("missing --input=DIR (or --" + option + "=FILE for " + fileName + ")");
		}
		return input.resolve(fileName);
	}

	private int year() {
		String year = options.get("performance-year");
		if (year == null) {
			throw new UsageException("missing --performance-year=YYYY");
		}
		if (!year.matches("\\d{4}")) {
			throw new UsageException("--performance-year=" + year + " is not a year (YYYY)");
		}
		return Integer.parseInt(year);
	}

	/** {@code --as-of}, strictly {@code YYYY-MM-DD}; without it, today as the machine's clock and zone say. */
	private LocalDate asOf() {
		String date = options.get("as-of");
		if (date == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(date, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--as-of=" + date + " is not a date (YYYY-MM-DD)");
		}
	}

	private Path required(String option) {
		Path path = path(option);
		if (path == null) {
			throw new UsageException("missing --" + option + "=DIR");
		}
		return path;
	}

	private Path path(String option) {
		String value = options.get(option);
		return value == null ? null : Path.of(value).toAbsolutePath().normalize();
	}
}
