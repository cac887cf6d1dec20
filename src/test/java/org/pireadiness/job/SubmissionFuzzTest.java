package org.pireadiness.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Seeded mutations of the sample's submission files, each run through the real runner: every run exits 0, says no
 * stack trace, and for every submission file rows read = accepted + rejected, with each rejected row listed once
 * in rejected-rows.csv. {@code -Dfuzz.submissions=N} runs more.
 */
class SubmissionFuzzTest {

	private static final int ITERATIONS = Integer.getInteger("fuzz.submissions", 300);

	private static final List<String> CSV = List.of("groups.csv", "clinicians.csv", "checklist_results.csv");

	enum Mutation {
		BYTE_FLIPS, TRUNCATION, STRAY_QUOTES, NUL_BYTES, INVALID_UTF8, EMPTY, TYPE_SWAP, DROP_RANGE, REPEAT_RANGE
	}

	@TempDir
	Path folder;

	@Test
	void mutatedPayloadsNeverCrashAndLoseNoRow() throws Exception {
		Path samples = Path.of("sample-data", "submissions");
		List<Path> payloads;
		try (var files = Files.list(samples)) {
			payloads = files.sorted().toList();
		}
		Map<Mutation, Integer> tried = new EnumMap<>(Mutation.class);
		try (ConfigurableApplicationContext context = new SpringApplication(PiReadinessApplication.class)
			.run("--pi-readiness.data-dir=" + folder.resolve("data"), "--logging.level.org.pireadiness=WARN")) {
			ReadinessRunner runner = context.getBean(ReadinessRunner.class);
			for (int i = 0; i < ITERATIONS; i++) {
				var random = new SplittableRandom(i);
				Path input = Files.createDirectories(folder.resolve("in" + i).resolve("submissions")).getParent();
				for (String file : CSV) {
					Files.copy(Path.of("sample-data", file), input.resolve(file));
				}
				Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
				Path target = payloads.get(random.nextInt(payloads.size()));
				for (Path payload : payloads) {
					byte[] content = Files.readAllBytes(payload);
					Files.write(input.resolve("submissions").resolve(payload.getFileName()),
							payload.equals(target) ? mutate(content, mutation, random) : content);
				}
				Path output = folder.resolve("out" + i);
				var said = new ByteArrayOutputStream();
				ExitCode exit = captured(said, () -> runner.execute(CommandLine.parse("--input=" + input,
						"--performance-year=2025", "--as-of=2025-11-01", "--output=" + output)));
				String context_ = "iteration " + i + " (" + mutation + " of " + target.getFileName() + "): "
						+ said.toString(StandardCharsets.UTF_8);
				assertThat(exit).as(context_).isEqualTo(ExitCode.COMPLETED);
				assertThat(said.toString(StandardCharsets.UTF_8)).as(context_).doesNotContain("\tat ")
					.doesNotContain("Exception");
				assertEveryRowAccountedFor(output, context_);
				tried.merge(mutation, 1, Integer::sum);
			}
		}
		System.out.println("submission fuzz: " + ITERATIONS + " mutated payload folders; mutations " + tried);
		assertThat(tried).hasSize(Mutation.values().length);
	}

	/** Per submission file, and over all files: the rows the summary counts as rejected are the rejected rows listed. */
	private static void assertEveryRowAccountedFor(Path output, String context) throws IOException {
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("summary.json").toFile());
		Map<String, Long> listed = new java.util.HashMap<>();
		try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(output.resolve("rejected-rows.csv")))) {
			parser.forEach(row -> listed.merge(row.get("file"), 1L, Long::sum));
		}
		for (JsonNode input : summary.get("inputs")) {
			long rejected = input.get("rows_rejected").asLong();
			assertThat(input.get("rows_read").asLong()).as(context)
				.isEqualTo(input.get("rows_accepted").asLong() + rejected);
			assertThat(listed.getOrDefault(input.get("file").asString(), 0L)).as(context + " " + input.get("file"))
				.isEqualTo(rejected);
		}
	}

	static byte[] mutate(byte[] content, Mutation mutation, SplittableRandom random) {
		int at = content.length == 0 ? 0 : random.nextInt(content.length);
		String text = new String(content, StandardCharsets.UTF_8);
		return switch (mutation) {
			case BYTE_FLIPS -> IntakeFuzzTest.mutate(content, IntakeFuzzTest.Mutation.BYTE_FLIPS, random);
			case TRUNCATION -> IntakeFuzzTest.mutate(content, IntakeFuzzTest.Mutation.TRUNCATION, random);
			case STRAY_QUOTES -> IntakeFuzzTest.mutate(content, IntakeFuzzTest.Mutation.STRAY_QUOTES, random);
			case NUL_BYTES -> IntakeFuzzTest.mutate(content, IntakeFuzzTest.Mutation.NUL_BYTES, random);
			case INVALID_UTF8 -> IntakeFuzzTest.mutate(content, IntakeFuzzTest.Mutation.INVALID_UTF8, random);
			case EMPTY -> new byte[0];
			case TYPE_SWAP -> swapTypes(text, random).getBytes(StandardCharsets.UTF_8);
			case DROP_RANGE -> (text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40))))
				.getBytes(StandardCharsets.UTF_8);
			case REPEAT_RANGE -> {
				int end = Math.min(text.length(), at + 1 + random.nextInt(200));
				yield (text.substring(0, end) + text.substring(at)).getBytes(StandardCharsets.UTF_8);
			}
		};
	}

	/** Replaces a few JSON values with values of another kind, leaving the document well-formed. */
	private static String swapTypes(String text, SplittableRandom random) {
		String[] values = { "true", "false", "null", "-3", "1.5", "\"x\"", "{}", "[]", "99999999999999999999",
				"{\"numerator\": 5, \"denominator\": 2}", "\"2025-13-45\"", "\"SG-1\"" };
		String swapped = text;
		for (int n = 1 + random.nextInt(4); n > 0; n--) {
			var matcher = java.util.regex.Pattern.compile(":\\s*(true|false|-?\\d+|\"[^\"]*\")").matcher(swapped);
			List<int[]> spans = new java.util.ArrayList<>();
			while (matcher.find()) {
				spans.add(new int[] { matcher.start(1), matcher.end(1) });
			}
			if (spans.isEmpty()) {
				break;
			}
			int[] span = spans.get(random.nextInt(spans.size()));
			swapped = swapped.substring(0, span[0]) + values[random.nextInt(values.length)] + swapped.substring(span[1]);
		}
		return swapped;
	}

	private static ExitCode captured(ByteArrayOutputStream said, java.util.function.Supplier<ExitCode> run) {
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		var both = new PrintStream(said, true, StandardCharsets.UTF_8);
		System.setOut(both);
		System.setErr(both);
		try {
			return run.get();
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
	}
}
