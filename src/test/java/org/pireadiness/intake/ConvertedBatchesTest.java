package org.pireadiness.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.ReportingEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records converted a batch at a time on the executor arrive as reading the file in place would show them: every
 * row in order, rejected ones with their line, across many batches; a file opened for its header only, or closed
 * early, asks the executor for nothing more and holds nothing open.
 */
class ConvertedBatchesTest {

	@TempDir
	Path folder;

	private IntakeFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new IntakeFixture(folder);
	}

	/** 20,000 groups (twenty batches, more than are worked on ahead), every 250th data line with an unclosed quote; the header is line 1. */
	private Path groups() {
		StringBuilder text = new StringBuilder("entity_type,entity_id,reports_pi,pi_reweighting\n");
		for (int i = 0; i < 20_000; i++) {
			text.append(i % 250 == 249 ? "GROUP,\"broken,N,N\n" : "GROUP," + (100_000_000 + i) + ",N,N\n");
		}
		return fixture.file("groups.csv", text.toString());
	}

	@Test
	void everyRowInFileOrderAndEveryMalformedOneByItsLine() {
		var file = new GroupsFile(groups(),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
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
		var file = new CliniciansFile(fixture.file("clinicians.csv", text.toString()),
				FileMapping.NONE, IntakeLimits.DEFAULTS, IntakeFixture.THREADS);
		List<ClinicianRow> read = fixture.readAll(file);

		assertThat(read).extracting(ClinicianRow::lastName).containsExactlyElementsOf(expectedNames);
		assertThat(fixture.rejects).extracting(reject -> reject.line() + ":" + reject.column() + ":" + reject.code()
				+ ":" + (reject.code() == RejectCode.DUPLICATE_ROW ? reject.message().replaceAll(".* (on line \\d+)$", "$1")
						: "")).containsExactlyElementsOf(expectedRejects);
		assertThat(file.tally().rowsRead()).isEqualTo(6_000);
		assertThat(file.tally().rowsRejected()).isEqualTo(expectedRejects.size());
	}

	@Test
	void closingAfterOneRowSubmitsNoMoreBatchesAndLeavesTheFileClosed() throws Exception {
		AtomicInteger submitted = new AtomicInteger();
		Path groups = groups();
		var file = new GroupsFile(groups, FileMapping.NONE, IntakeLimits.DEFAULTS, counting(submitted));
		assertThat(file.next(fixture.rejects::add).id()).isEqualTo("100000000");
		// the first batch is read, and a few more are worked on ahead of it: not the whole file's twenty
		assertThat(submitted.get()).isBetween(2, 5);
		int beforeClose = submitted.get();
		assertThat(handlesOpenOn(groups)).isEqualTo(1);

		file.close();

		assertThat(submitted.get()).isEqualTo(beforeClose);
		assertThat(handlesOpenOn(groups)).isZero();
	}

	@Test
	void aFileOpenedOnlyForItsHeaderSubmitsNothing() throws Exception {
		AtomicInteger submitted = new AtomicInteger();
		var file = new GroupsFile(groups(), FileMapping.NONE, IntakeLimits.DEFAULTS, counting(submitted));

		file.close();
		assertThat(submitted.get()).isZero();
		assertThat(file.tally().rowsRead()).isZero();
	}

	private static Executor counting(AtomicInteger submitted) {
		return task -> {
			submitted.incrementAndGet();
			IntakeFixture.THREADS.execute(task);
		};
	}

	/**
	 * How many of this process's file descriptors are open on the file (Linux). Only the file's own: the whole count
	 * moves with whatever else the test JVM opens meanwhile (a jar, a class, another test's files).
	 */
	private static long handlesOpenOn(Path file) throws IOException {
		Path target = file.toRealPath();
		try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
			return descriptors.filter(descriptor -> {
				try {
					return Files.readSymbolicLink(descriptor).equals(target);
				}
				catch (IOException ex) {
					return false; // closed since it was listed
				}
			}).count();
		}
	}
}
