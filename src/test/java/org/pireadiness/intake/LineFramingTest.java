package org.pireadiness.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layer under the record framer: lines read the same whatever pieces the bytes arrive in. */
class LineFramingTest {

	/** Hands out at most {@code piece} bytes per read, so lines, line ends and characters straddle the buffer's fills. */
	private static InputStream inPieces(byte[] bytes, int piece) {
		ByteArrayInputStream whole = new ByteArrayInputStream(bytes);
		return new InputStream() {
			@Override
			public int read() {
				return whole.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return whole.read(buffer, offset, Math.min(length, piece));
			}
		};
	}

	private static List<String> lines(InputStream in, int maxChars) throws IOException {
		List<String> lines = new ArrayList<>();
		try (var reader = new BoundedLineReader(in, maxChars)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line + (reader.lastLineCut() ? "~" : ""));
			}
		}
		return lines;
	}

	private static List<String> lines(String text, int piece, int maxChars) throws IOException {
		return lines(inPieces(text.getBytes(StandardCharsets.UTF_8), piece), maxChars);
	}

	@Test
	void linesAreTheSameWhateverPiecesTheTextArrivesIn() throws IOException {
		String text = "tin,npi\r\n123456789,1234567893\n\rlast line with no end";
		List<String> expected = List.of("tin,npi", "123456789,1234567893", "", "last line with no end");
		assertThat(lines(text, Integer.MAX_VALUE, 100)).isEqualTo(expected);
		for (int piece = 1; piece <= 9; piece++) {
			assertThat(lines(text, piece, 100)).as("pieces of %d", piece).isEqualTo(expected);
		}
	}

	@Test
	void aLineOverTheLimitIsCutWhetherOrNotItArrivesWhole() throws IOException {
		String text = "short\n" + "x".repeat(30) + "\nafter\n";
		List<String> expected = List.of("short", "x".repeat(12) + "~", "after");
		assertThat(lines(text, Integer.MAX_VALUE, 12)).isEqualTo(expected);
		assertThat(lines(text, 5, 12)).isEqualTo(expected);
	}

	@Test
	void theLimitCountsCharactersNotBytes() throws IOException {
		// twelve characters of two, three and four bytes (a surrogate pair is two characters): at the limit, not over it
		String twelve = "éé€€𝄞𝄞abcd";
		assertThat(twelve).hasSize(12);
		String text = twelve + "\n" + twelve + "x\n" + "€".repeat(40) + "\n";
		List<String> expected = List.of(twelve, twelve + "~", "€".repeat(12) + "~");
		assertThat(lines(text, Integer.MAX_VALUE, 12)).isEqualTo(expected);
		assertThat(lines(text, 3, 12)).isEqualTo(expected);
	}

	/**
	 * Random bytes (line ends, ASCII, two- to four-byte characters, and bytes no UTF-8 text holds) in random pieces read
	 * as a decoder over the whole text reads them, split at its line ends and cut at the limit: what the reader did
	 * when it read characters.
	 */
	@Test
	void linesAreThoseOfTheWholeTextDecodedAtOnce() throws IOException {
		Random random = new Random(29);
		byte[][] pieces = { { '\n' }, { '\r' }, { '\r', '\n' }, { 'a' }, { ',' }, "é".getBytes(StandardCharsets.UTF_8),
				"€".getBytes(StandardCharsets.UTF_8), "𝄞".getBytes(StandardCharsets.UTF_8), { (byte) 0xE2, (byte) 0x82 },
				{ (byte) 0xC3 }, { (byte) 0x80 }, { (byte) 0xF0, (byte) 0x9D }, { (byte) 0xFF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } };
		for (int round = 0; round < 2000; round++) {
			var text = new ByteArrayOutputStream();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.writeBytes(pieces[random.nextInt(pieces.length)]);
			}
			byte[] bytes = text.toByteArray();
			int maxChars = 1 + random.nextInt(12);
			int piece = 1 + random.nextInt(8);
			assertThat(lines(inPieces(bytes, piece), maxChars)).as("round %d", round)
				.isEqualTo(decodedAtOnce(bytes, maxChars));
		}
	}

	private static List<String> decodedAtOnce(byte[] bytes, int maxChars) throws IOException {
		StringWriter whole = new StringWriter();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			reader.transferTo(whole);
		}
		List<String> lines = new ArrayList<>(List.of(whole.toString().split("\r\n|\r|\n", -1)));
		if (lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1); // a text that ends with a line end has no line after it
		}
		lines.replaceAll(line -> line.length() > maxChars ? line.substring(0, maxChars) + "~" : line);
		return lines;
	}
}
