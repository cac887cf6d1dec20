package org.pireadiness.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports are RFC 4180 with quotes only where needed, and cells that a spreadsheet would run are neutralised. */
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
	 * The rows go to the file a block of text at a time: a report of many blocks, with cells that need quotes and
	 * letters beyond ASCII, reads back as Commons CSV's own printer writes the same rows.
	 */
	@Test
	void aReportOfManyBlocksIsWhatTheLibrarysPrinterWrites() throws IOException {
		Path file = folder.resolve("r.csv");
		StringBuilder expected = new StringBuilder();
		try (var csv = new CsvReport(file, "n", "name", "note");
				var printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			printer.printRecord("n", "name", "note");
			for (int n = 0; n < 5000; n++) {
				String name = "Müller, José " + n;
				String note = n % 7 == 0 ? "said \"no\"\nthen yes" : "ok";
				csv.row(n, name, note);
				printer.printRecord(String.valueOf(n), name, note);
			}
		}
		byte[] written = Files.readAllBytes(file);
		byte[] wanted = expected.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(wanted.length).isGreaterThan(2 << 16);
		// lengths and the first difference, not the texts: a message of megabytes is lost on the way to the report
		assertThat(written.length).isEqualTo(wanted.length);
		assertThat(Arrays.mismatch(written, wanted)).as("first byte that differs").isEqualTo(-1);
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
}
