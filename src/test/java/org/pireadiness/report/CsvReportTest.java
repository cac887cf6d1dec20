package org.pireadiness.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports are RFC 4180 with quotes only where needed, written exactly as Commons CSV's printer would. */
class CsvReportTest {

	@TempDir
	Path folder;

	@Test
	void cellsAreQuotedOnlyWhereAReaderNeedsIt() throws IOException {
		Path file = folder.resolve("r.csv");
		try (var csv = new CsvReport(file, "a", "b", "c", "d", "e", "f", "g", "h")) {
			csv.row("", "a,b", "say \"hi\"", " x", "#1", "=SUM(A1)", "plain", "end ");
			csv.row("two\nlines", "", null, "-1", "a\rb", "\"", "$5", "ok");
		}
		assertThat(Files.readString(file)).isEqualTo("a,b,c,d,e,f,g,h\n"
				+ "\"\",\"a,b\",\"say \"\"hi\"\"\",\" x\",\"#1\",'=SUM(A1),plain,\"end \"\n"
				+ "\"two\nlines\",,,-1,\"a\rb\",\"\"\"\",$5,ok\n");
	}

	/**
	 * Contract §6: a cell a spreadsheet would run as a formula is neutralised, except a plain number
	 * ({@code -?[0-9]+(\.[0-9]+)?}) such as a negative {@code days_left}, which it reads as a number.
	 */
	@Test
	void aPlainNegativeNumberIsWrittenAsItIs() {
		assertThat(Cells.neutralised("-5")).isEqualTo("-5");
		assertThat(Cells.neutralised("-12.25")).isEqualTo("-12.25");
		assertThat(Cells.neutralised("-x")).isEqualTo("'-x");
		assertThat(Cells.neutralised("-")).isEqualTo("'-");
		assertThat(Cells.neutralised("-1.")).isEqualTo("'-1.");
		assertThat(Cells.neutralised("-.5")).isEqualTo("'-.5");
		assertThat(Cells.neutralised("-1+2")).isEqualTo("'-1+2");
		assertThat(Cells.neutralised("+1")).isEqualTo("'+1");
		assertThat(Cells.neutralised("--1")).isEqualTo("'--1");
	}

	/** Random cells from the characters that matter to quoting, compared with Commons CSV's RFC 4180 printer. */
	@Test
	void everyRowIsWrittenAsCommonsCsvWouldWriteIt() throws IOException {
		String alphabet = ",\"\n\r \t#!$=+-@'a9é";
		Random random = new Random(42);
		List<String[]> rows = new ArrayList<>();
		for (int r = 0; r < 3_000; r++) {
			String[] row = new String[3];
			for (int c = 0; c < row.length; c++) {
				StringBuilder cell = new StringBuilder();
				for (int n = random.nextInt(5); n > 0; n--) {
					cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				row[c] = cell.toString();
			}
			rows.add(row);
		}
		Path file = folder.resolve("random.csv");
		StringWriter expected = new StringWriter();
		try (var csv = new CsvReport(file, "x", "y", "z");
				var printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			printer.printRecord("x", "y", "z");
			for (String[] row : rows) {
				csv.row((Object[]) row);
				printer.printRecord(Cells.neutralised(row[0]), Cells.neutralised(row[1]), Cells.neutralised(row[2]));
			}
		}
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
	}
}
