package org.pireadiness.intake.submission;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.rules.MeasureCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded mutations of a QRDA III document (CMS's 2022 group sample when it is beside the checkout, else a small
 * one of the guide's shape), each read as the job reads it: no exception and no hang, and every file accounted for,
 * as PI sets, rejected rows, or a document without a PI section. {@code -Dfuzz.qrda=N} runs more.
 */
class QrdaFuzzTest {

	private static final int ITERATIONS = Integer.getInteger("fuzz.qrda", 1500);

	enum Mutation {
		BYTE_FLIPS, TRUNCATION, DROP_RANGE, REPEAT_RANGE, SWAP_VALUES, ENTITY, STRAY_MARKUP
	}

	@TempDir
	Path folder;

	@Test
	void mutatedDocumentsNeverCrashOrHangAndAreAllAccountedFor() throws Exception {
		Path sample = Path.of("../shared/reference/cms-samples/App1-Group-QRDA-III-2022.xml");
		String base = Files.exists(sample) ? Files.readString(sample)
				: QrdaFileTest.document("MIPS_GROUP", QrdaFileTest.GROUP, QrdaFileTest.piSection("20220101", "20221231",
						QrdaFileTest.performed("PI_PPHI_1", "Y") + QrdaFileTest.proportion("PI_EP_1", "3", "9")));
		var catalogue = MeasureCatalog.forYear(2022);
		Map<Mutation, Integer> tried = new EnumMap<>(Mutation.class);
		int[] outcomes = new int[3];
		assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
			for (int i = 0; i < ITERATIONS; i++) {
				var random = new SplittableRandom(i);
				Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
				Path file = folder.resolve("doc" + i + ".xml");
				Files.write(file, mutate(base, mutation, random));
				SubmissionRead read = QrdaFile.read(file, "doc.xml", 2022, List.of("2021-07-01"), catalogue);
				assertThat(read.rowsRead()).isEqualTo(read.rowsAccepted() + read.rejects().size());
				assertThat(read.rejects()).allSatisfy(reject -> {
					assertThat(reject.line()).isPositive();
					assertThat(reject.code()).isNotNull();
					assertThat(reject.message()).isNotBlank();
				});
				outcomes[!read.sets().isEmpty() ? 0 : !read.rejects().isEmpty() ? 1 : 2]++;
				tried.merge(mutation, 1, Integer::sum);
				Files.delete(file);
			}
		});
		System.out.printf("qrda fuzz: %d documents; mutations %s; with a set %d, rejected %d, without a PI section %d%n",
				ITERATIONS, tried, outcomes[0], outcomes[1], outcomes[2]);
		assertThat(tried).hasSize(Mutation.values().length);
		assertThat(outcomes[0]).isPositive();
		assertThat(outcomes[1]).isPositive();
	}

	private static byte[] mutate(String text, Mutation mutation, SplittableRandom random) {
		int at = random.nextInt(text.length());
		String mutated = switch (mutation) {
			case BYTE_FLIPS -> {
				char[] chars = text.toCharArray();
				for (int n = 1 + random.nextInt(5); n > 0; n--) {
					chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
				}
				yield new String(chars);
			}
			case TRUNCATION -> text.substring(0, at);
			case DROP_RANGE -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(300)));
			case REPEAT_RANGE -> {
				int end = Math.min(text.length(), at + 1 + random.nextInt(2000));
				yield text.substring(0, end) + text.substring(at);
			}
			case SWAP_VALUES -> text.replaceAll("value=\"(\\d+)\"", random.nextBoolean() ? "value=\"-$1\"" : "value=\"x$1\"")
				.replace("code=\"Y\"", random.nextBoolean() ? "code=\"maybe\"" : "code=\"N\"");
			case ENTITY -> text.replaceFirst("<ClinicalDocument", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
					+ "<ClinicalDocument").replaceFirst("XX15EXXXXXXXXXX|0015C1234567890", "&e;");
			case STRAY_MARKUP -> text.substring(0, at) + List.of("<", "&", "]]>", "<section>", "</entry>", "\u0000")
				.get(random.nextInt(6)) + text.substring(at);
		};
		return mutated.getBytes(StandardCharsets.UTF_8);
	}
}
