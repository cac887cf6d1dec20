package org.pireadiness.intake;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-made splitter, given a record as the framer hands it on (with whether it holds a quote), reads every
 * well-formed record as Commons CSV's RFC 4180 format does.
 */
class RecordCellsTest {

	private static final CSVFormat RFC4180 = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	@Test
	void cellsWorkedOutByHand() {
		assertThat(cells("GROUP,123456789,,PI_1")).containsExactly("GROUP", "123456789", "", "PI_1");
		assertThat(cells("a,")).containsExactly("a", "");
		assertThat(cells(",")).containsExactly("", "");
		assertThat(cells("x")).containsExactly("x");
		assertThat(cells(" a , b ")).containsExactly(" a ", " b ");
		assertThat(cells("say \"hi\",b")).containsExactly("say \"hi\"", "b");
		assertThat(cells("\"a,b\",\"he said \"\"no\"\"\"")).containsExactly("a,b", "he said \"no\"");
		assertThat(cells("\"two\nlines\"  ,\"\",z")).containsExactly("two\nlines", "", "z");
		assertThat(cells("\"\"\"\"")).containsExactly("\"");
		assertThat(cells("a,\"q\"")).containsExactly("a", "q");
	}

	@Test
	void generatedRecordsSplitAsCommonsCsvSplitsThem() throws IOException {
		Random random = new Random(29);
		for (int n = 0; n < 20_000; n++) {
			String record = record(random);
			if (record.isBlank()) {
				continue; // the framer skips a blank line before any splitting
			}
			RecordFramer.Framed framed = IntakeFixture.framed(record);
			assertThat(framed.text()).as("framed %s", record).isEqualTo(record);
			assertThat(RecordCells.of(framed).toArray()).as("cells of %s", record).containsExactly(commonsCsv(record));
		}
	}

	@Test
	void aCellIsTheSameAsAnotherRecordsExactlyWhenCommonsCsvReadsTheSameText() throws IOException {
		Random random = new Random(31);
		int same = 0;
		for (int n = 0; n < 5_000; n++) {
			String one = record(random);
			String other = random.nextInt(4) == 0 ? one : record(random);
			if (one.isBlank() || other.isBlank()) {
				continue;
			}
			RecordCells a = RecordCells.of(IntakeFixture.framed(one));
			RecordCells b = RecordCells.of(IntakeFixture.framed(other));
			String[] expectedA = commonsCsv(one);
			String[] expectedB = commonsCsv(other);
			for (int i = 0; i < Math.min(expectedA.length, expectedB.length); i++) {
				boolean expected = expectedA[i].equals(expectedB[i]);
				same += expected ? 1 : 0;
				assertThat(a.sameCell(i, b)).as("cell %d of %s and %s", i, one, other).isEqualTo(expected);
				assertThat(a.length(i)).isEqualTo(expectedA[i].length());
			}
		}
		assertThat(same).as("pairs of the same cell among those compared").isGreaterThan(1_000);
	}

	private static String record(Random random) {
		List<String> cells = new ArrayList<>();
		int count = 1 + random.nextInt(6);
		for (int i = 0; i < count; i++) {
			cells.add(random.nextInt(3) == 0 ? quotedCell(random) : unquotedCell(random));
		}
		return String.join(",", cells);
	}

	private static String unquotedCell(Random random) {
		String alphabet = "ab \t\"é1";
		StringBuilder cell = new StringBuilder();
		int length = random.nextInt(5);
		for (int i = 0; i < length; i++) {
			char c = alphabet.charAt(random.nextInt(alphabet.length()));
			cell.append(i == 0 && c == '"' ? 'q' : c);
		}
		return cell.toString();
	}

	private static String quotedCell(Random random) {
		String[] pieces = { "a", ",", "\"\"", "\n", " ", "é" };
		StringBuilder cell = new StringBuilder("\"");
		int length = random.nextInt(5);
		for (int i = 0; i < length; i++) {
			cell.append(pieces[random.nextInt(pieces.length)]);
		}
		cell.append('"');
		cell.append(random.nextInt(4) == 0 ? " \t" : "");
		return cell.toString();
	}

	private static String[] cells(String record) {
		return RecordCells.of(IntakeFixture.framed(record)).toArray();
	}

	private static String[] commonsCsv(String record) throws IOException {
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(record + "\n")).setFormat(RFC4180).get()) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(1);
			return records.get(0).values();
		}
	}
}
