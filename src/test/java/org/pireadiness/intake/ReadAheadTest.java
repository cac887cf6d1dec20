package org.pireadiness.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.portfolio.ReportingEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Records split on the reading thread arrive as reading the file in place would show them: every row in order,
 * malformed ones counted and rejected with their line, across many batches; closing early stops the thread.
 */
class ReadAheadTest {

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

	@Test
	void closingAfterOneRowStopsTheReadingThread() throws Exception {
		int before = readingThreads().size();
		var file = new GroupsFile(groups(), IntakeLimits.DEFAULTS, fixture.rejects::add);
		assertThat(file.next().id()).isEqualTo("100000000");

		// wait until the reading thread is blocked on the full hand-over queue: only closing can stop it then
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
			.filter(thread -> thread.getName().equals("read-ahead groups.csv") && thread.isAlive())
			.findFirst().orElseThrow();
	}

	/** The threads that parse records ahead and those that frame them ahead. */
	private static List<String> readingThreads() {
		return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
			.filter(name -> name.startsWith("read-ahead") || name.startsWith("framing")).toList();
	}
}
