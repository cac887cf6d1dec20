package org.pireadiness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
