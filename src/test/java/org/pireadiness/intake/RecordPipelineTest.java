package org.pireadiness.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.ReportingEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Records framed on one thread and converted on two arrive as reading the file in place would show them: every
 * row in order, rejected ones with their line, across many batches; closing early stops every thread.
 */
class RecordPipelineTest {

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	/** 20,000 groups (more than the batches the reading thread may have waiting), every 250th data line with an unclosed quote; the header is line 1. */
	private Path groups() {
		StringBuilder text = new StringBuilder("entity_type,entity_id,reports_pi,pi_reweighting\n");
		for (int i = 0; i < 20_000; i++) {
			text.append(i % 250 == 249 ? "GROUP,\"broken,N,N\n" : "GROUP," + (100_000_000 + i) + ",N,N\n");
		}
		return fixture.file("groups.csv", text.toString());
	}

	@Test
	void everyRowInFileOrderAndEveryMalformedOneByItsLine() {
		var file = new GroupsFile(groups(), IntakeLimits.DEFAULTS, fixture.rejects::add);
		List<ReportingEntity> read = fixture.readAll(file);

		List<String> expected = new ArrayList<>();
		List<Integer> malformedLines = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			if (i % 250 == 249) {
				malformedLines.add(i + 2);
			}
			else {
				expected.add(String.valueOf(100_000_000 + i));
			}
		}
		assertThat(read).extracting(ReportingEntity::id).containsExactlyElementsOf(expected);
		assertThat(fixture.rejects).extracting(RejectedRow::line).containsExactlyElementsOf(malformedLines);
		assertThat(fixture.rejects).extracting(RejectedRow::code).containsOnly(RejectCode.MALFORMED_RECORD);
		assertThat(file.tally().rowsRead()).isEqualTo(20_000);
		assertThat(file.tally().rowsRejected()).isEqualTo(80);
	}

	/**
	 * 6,000 clinician rows, six batches: every 7th has a last name quoted over two lines (so line numbers
	 * run ahead of rows), every 100th a bad NPI (rejected while converting, on a worker), every 150th repeats
	 * the row before it (rejected as a duplicate, in file order). Rows, rejects and their lines keep file order.
	 */
	@Test
	void rowsAndRejectsFromEveryStageKeepFileOrderAcrossBatches() {
		StringBuilder text = new StringBuilder("tin,npi,last_name,reporting_level\n");
		List<String> expectedNames = new ArrayList<>();
		List<String> expectedRejects = new ArrayList<>();
		int line = 2;
		String previousRow = null;
		int previousLine = 0;
		for (int i = 0; i < 6_000; i++) {
			if (i % 150 == 149) {
				text.append(previousRow);
				expectedRejects.add(line + ":reporting_level:DUPLICATE_ROW:on line " + previousLine);
				line += previousRow.split("\n", -1).length - 1;
				continue;
			}
			String npi = i % 100 == 99 ? "1234567890" : org.pireadiness.Npis.nth(i + 1);
			String name = i % 7 == 0 ? "\"Name" + i + ",\nJr\"" : "Name" + i;
			String row = "123456789," + npi + "," + name + ",INDIVIDUAL\n";
			text.append(row);
			if (i % 100 == 99) {
				expectedRejects.add(line + ":npi:INVALID_NPI:");
			}
			else {
				expectedNames.add(name.replace("\"", ""));
			}
			previousRow = row;
			previousLine = line;
			line += i % 7 == 0 ? 2 : 1;
		}
		var file = new CliniciansFile(fixture.file("clinicians.csv", text.toString()), IntakeLimits.DEFAULTS,
				fixture.rejects::add);
		List<ClinicianRow> read = fixture.readAll(file);

		assertThat(read).extracting(ClinicianRow::lastName).containsExactlyElementsOf(expectedNames);
		assertThat(fixture.rejects).extracting(reject -> reject.line() + ":" + reject.column() + ":" + reject.code()
				+ ":" + (reject.code() == RejectCode.DUPLICATE_ROW ? reject.message().replaceAll(".* (on line \\d+)$", "$1")
						: "")).containsExactlyElementsOf(expectedRejects);
		assertThat(file.tally().rowsRead()).isEqualTo(6_000);
		assertThat(file.tally().rowsRejected()).isEqualTo(expectedRejects.size());
	}

	@Test
	void closingAfterOneRowStopsTheReadingThread() throws Exception {
		int before = readingThreads().size();
		var file = new GroupsFile(groups(), IntakeLimits.DEFAULTS, fixture.rejects::add);
		assertThat(file.next().id()).isEqualTo("100000000");

		// wait until the framing thread is blocked on the full queue of batches: only closing can stop it then
		Thread reading = readingThread();
		for (int i = 0; i < 1_000 && reading.getState() != Thread.State.WAITING; i++) {
			Thread.sleep(10);
		}
		assertThat(reading.getState()).isEqualTo(Thread.State.WAITING);
		assertTimeoutPreemptively(Duration.ofSeconds(10), file::close);

		assertThat(readingThreads()).hasSize(before);
	}

	@Test
	void aFileOpenedOnlyForItsHeaderIsNotReadOn() {
		int before = readingThreads().size();
		var file = new GroupsFile(groups(), IntakeLimits.DEFAULTS, fixture.rejects::add);

		assertThat(readingThreads()).hasSize(before);
		file.close();
		assertThat(file.tally().rowsRead()).isZero();
	}

	private static Thread readingThread() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter(thread -> thread.getName().equals("framing groups.csv") && thread.isAlive())
			.findFirst().orElseThrow();
	}

	/** The threads that frame records and those that parse and convert them. */
	private static List<String> readingThreads() {
		return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
			.filter(name -> name.startsWith("parse") || name.startsWith("framing")).toList();
	}
}
