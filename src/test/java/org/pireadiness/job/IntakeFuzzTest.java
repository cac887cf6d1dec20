package org.pireadiness.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.PiReadinessApplication;
import org.pireadiness.cli.CommandLine;
import org.pireadiness.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutations of the sample files, each run through the real runner: every run ends with exit 0 or 2, never a
 * stack trace or exit 1, and for every file rows read = accepted + rejected, each reject listed once. One Spring
 * context serves every run, so a thousand fit in CI; {@code -Dfuzz.iterations=N} runs more.
 */
class IntakeFuzzTest {

	private static final List<String> FILES = List.of("groups.csv", "clinicians.csv", "checklist_results.csv");

	private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 1000);

	enum Mutation {
		BYTE_FLIPS, TRUNCATION, STRAY_QUOTES, NUL_BYTES, INVALID_UTF8, HUGE_CELL, MIXED_LINE_ENDS, HEADER_ONLY, EMPTY,
		LINES_SHUFFLED
	}

	@TempDir
	Path folder;

	@Test
	void mutatedInputsNeverCrashAndLoseNoRow() throws Exception {
		Map<String, byte[]> originals = new java.util.HashMap<>();
		for (String file : FILES) {
			originals.put(file, Files.readAllBytes(Path.of("sample-data", file)));
		}
		Map<Mutation, Integer> tried = new EnumMap<>(Mutation.class);
		Map<ExitCode, Integer> exits = new EnumMap<>(ExitCode.class);
		try (ConfigurableApplicationContext context = new SpringApplication(PiReadinessApplication.class)
			.run("--pi-readiness.data-dir=" + folder.resolve("data"), "--logging.level.org.pireadiness=WARN")) {
			ReadinessRunner runner = context.getBean(ReadinessRunner.class);
			for (int i = 0; i < ITERATIONS; i++) {
				var random = new SplittableRandom(i);
				Path input = Files.createDirectories(folder.resolve("in" + i));
				Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
				String target = FILES.get(random.nextInt(FILES.size()));
				for (String file : FILES) {
					byte[] content = originals.get(file);
					Files.write(input.resolve(file), file.equals(target) ? mutate(content, mutation, random) : content);
				}
				Path output = folder.resolve("out" + i);
				var err = new ByteArrayOutputStream();
				var out = new ByteArrayOutputStream();
				ExitCode exit = captured(out, err, () -> runner.execute(CommandLine.parse("--input=" + input,
						"--performance-year=2025", "--as-of=2025-11-01", "--output=" + output)));
				String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
				String context_ = "iteration " + i + " (" + mutation + " of " + target + "): " + said;
				assertThat(exit).as(context_).isIn(ExitCode.COMPLETED, ExitCode.USAGE);
				assertThat(said).as(context_).doesNotContain("\tat ").doesNotContain("Exception");
				if (exit == ExitCode.COMPLETED) {
					assertEveryRowAccountedFor(output, context_);
				}
				tried.merge(mutation, 1, Integer::sum);
				exits.merge(exit, 1, Integer::sum);
				deleteQuietly(input);
				deleteQuietly(output);
			}
		}
		System.out.println("fuzz: " + ITERATIONS + " mutated portfolios; mutations " + tried + "; exits " + exits);
		assertThat(tried).hasSize(Mutation.values().length);
	}

	private static void assertEveryRowAccountedFor(Path output, String context) throws IOException {
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("summary.json").toFile());
		long rejected = 0;
		for (JsonNode input : summary.get("inputs")) {
			assertThat(input.get("rows_read").asLong()).as(context)
				.isEqualTo(input.get("rows_accepted").asLong() + input.get("rows_rejected").asLong());
			rejected += input.get("rows_rejected").asLong();
		}
		try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(output.resolve("rejected-rows.csv")))) {
			assertThat((long) parser.getRecords().size()).as(context).isEqualTo(rejected);
		}
	}

	static byte[] mutate(byte[] content, Mutation mutation, SplittableRandom random) {
		int at = content.length == 0 ? 0 : random.nextInt(content.length);
		return switch (mutation) {
			case BYTE_FLIPS -> {
				byte[] copy = content.clone();
				for (int n = 1 + random.nextInt(5); n > 0; n--) {
					copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
				}
				yield copy;
			}
			case TRUNCATION -> Arrays.copyOf(content, at);
			case STRAY_QUOTES -> insert(content, at, "\"".repeat(1 + random.nextInt(3)).getBytes());
			case NUL_BYTES -> insert(content, at, new byte[1 + random.nextInt(4)]);
			case INVALID_UTF8 -> insert(content, at, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE });
			case HUGE_CELL -> insert(content, at, "x".repeat(100_000).getBytes());
			case MIXED_LINE_ENDS -> mixLineEnds(content, random);
			case HEADER_ONLY -> Arrays.copyOf(content, indexOf(content, (byte) '\n') + 1);
			case EMPTY -> new byte[0];
			case LINES_SHUFFLED -> shuffleLines(content, random);
		};
	}

	private static byte[] insert(byte[] content, int at, byte[] bytes) {
		byte[] result = new byte[content.length + bytes.length];
		System.arraycopy(content, 0, result, 0, at);
		System.arraycopy(bytes, 0, result, at, bytes.length);
		System.arraycopy(content, at, result, at + bytes.length, content.length - at);
		return result;
	}

	private static int indexOf(byte[] content, byte wanted) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == wanted) {
				return i;
			}
		}
		return content.length - 1;
	}

	private static byte[] mixLineEnds(byte[] content, SplittableRandom random) {
		var result = new ByteArrayOutputStream();
		for (byte b : content) {
			if (b == '\n') {
				switch (random.nextInt(3)) {
					case 0 -> result.write('\n');
					case 1 -> result.writeBytes(new byte[] { '\r', '\n' });
					default -> result.write('\r');
				}
			}
			else {
				result.write(b);
			}
		}
		return result.toByteArray();
	}

	private static byte[] shuffleLines(byte[] content, SplittableRandom random) {
		String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
		for (int i = lines.length - 1; i > 1; i--) {
			int j = 1 + random.nextInt(i);
			String swap = lines[i];
			lines[i] = lines[j];
			lines[j] = swap;
		}
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static ExitCode captured(ByteArrayOutputStream out, ByteArrayOutputStream err,
			java.util.function.Supplier<ExitCode> run) {
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			return run.get();
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
	}

	private static void deleteQuietly(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
