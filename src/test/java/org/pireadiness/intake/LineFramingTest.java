package org.pireadiness.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layers under Commons CSV: lines read in pieces of any size, and the start line of every record served. */
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
			for (var line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line.text() + (line.cut() ? "~" : ""));
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

	@Test
	void everyRecordServedKeepsItsStartLineUntilClaimed() throws IOException {
		// twenty records, the fourth spanning two lines; two are claimed early, then the rest are all served
		// before any is claimed, so the unclaimed ones wrap around and outgrow the first store
		StringBuilder text = new StringBuilder();
		List<Integer> startLines = new ArrayList<>();
		int line = 1;
		for (int i = 0; i < 20; i++) {
			startLines.add(line);
			text.append(i == 3 ? "\"two\nlines\",3\n" : "r" + i + "," + i + "\n");
			line += i == 3 ? 2 : 1;
		}
		var framer = new RecordFramer(new BoundedLineReader(new StringReader(text.toString()), 100), 10, 100);
		try (var served = new FramedReader(framer, malformed -> {
		})) {
			char[] buffer = new char[1 << 12];
			for (int lineEnds = 0; lineEnds < 3;) {
				int read = served.read(buffer, 0, buffer.length);
				lineEnds += read == 1 && buffer[0] == '\n' ? 1 : 0;
			}
			List<Integer> claimed = new ArrayList<>(List.of(served.claimStartLine(), served.claimStartLine()));
			while (served.read(buffer, 0, buffer.length) >= 0) {
				// serve the rest
			}
			for (int i = 2; i < 20; i++) {
				claimed.add(served.claimStartLine());
			}
			assertThat(claimed).isEqualTo(startLines);
		}
	}
}
