package org.pireadiness.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layer under the record framer: lines read the same whatever pieces the text arrives in. */
class LineFramingTest {

	/** Hands out at most {@code piece} characters per read, so lines and line ends straddle the buffer's fills. */
	private static Reader inPieces(String text, int piece) {
		StringReader whole = new StringReader(text);
		return new Reader() {
			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				return whole.read(buffer, offset, Math.min(length, piece));
			}

			@Override
			public void close() {
				whole.close();
			}
		};
	}

	private static List<String> lines(Reader in, int maxChars) throws IOException {
		List<String> lines = new ArrayList<>();
		try (var reader = new BoundedLineReader(in, maxChars)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line + (reader.lastLineCut() ? "~" : ""));
			}
		}
		return lines;
	}

	@Test
	void linesAreTheSameWhateverPiecesTheTextArrivesIn() throws IOException {
		String text = "tin,npi\r\n123456789,1234567893\n\rlast line with no end";
		List<String> expected = List.of("tin,npi", "123456789,1234567893", "", "last line with no end");
		assertThat(lines(new StringReader(text), 100)).isEqualTo(expected);
		for (int piece = 1; piece <= 9; piece++) {
			assertThat(lines(inPieces(text, piece), 100)).as("pieces of %d", piece).isEqualTo(expected);
		}
	}

	@Test
	void aLineOverTheLimitIsCutWhetherOrNotItArrivesWhole() throws IOException {
		String text = "short\n" + "x".repeat(30) + "\nafter\n";
		List<String> expected = List.of("short", "x".repeat(12) + "~", "after");
		assertThat(lines(new StringReader(text), 12)).isEqualTo(expected);
		assertThat(lines(inPieces(text, 5), 12)).isEqualTo(expected);
	}
}
