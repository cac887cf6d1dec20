package org.pireadiness.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The history in a real H2 file database, as the job keeps it. */
class RiskHistoryTest {

	private static final AtRisk A = clinician("1234567893", "PI_NOT_REPORTED");

	private static final AtRisk B = clinician("1245319599", "CEHRT_ID_MISSING");

	@TempDir
	Path folder;

	private JdbcTemplate jdbc;

	private RiskHistory history;

	@BeforeEach
	void database() {
		jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("history"), "sa", ""));
		history = new RiskHistory(jdbc);
		history.ensureTables();
	}

	private static AtRisk clinician(String npi, String codes) {
		return new AtRisk(AtRisk.Kind.CLINICIAN, "123456789", npi, "", "", codes);
	}

	private static RunRecord run(List<AtRisk> atRisk) {
		return new RunRecord("run", LocalDate.of(2025, 11, 1), atRisk, atRisk.size(), 0, List.of());
	}

	private static RunRecord night(int day, int clinicians, int entities, List<TinAtRisk> byTin) {
		return new RunRecord("run-" + day, LocalDate.of(2025, 10, 1).plusDays(day), List.of(), clinicians, entities,
				byTin);
	}

	@Test
	void theNextRunOfTheYearSeesWhatIsNewResolvedAndChanged() {
		history.record(1, 2025, run(List.of(A, B)));

		AtRisk bNow = clinician(B.npi(), "CEHRT_ID_MISSING;PERIOD_TOO_SHORT");
		AtRisk c = clinician("1000000004", "SAFER_NOT_ATTESTED");
		Changes changes = history.changesSince(2025, 2, List.of(bNow, c));

		assertThat(changes.previousRun()).contains(1L);
		assertThat(changes.rows()).extracting(Change::type, change -> change.subject().npi(), Change::oldReasonCodes,
				Change::newReasonCodes)
			.containsExactly(tuple(Change.Type.NEW_RISK, "1000000004", "", "SAFER_NOT_ATTESTED"),
					tuple(Change.Type.RESOLVED, "1234567893", "PI_NOT_REPORTED", ""),
					tuple(Change.Type.REASONS_CHANGED, "1245319599", "CEHRT_ID_MISSING",
							"CEHRT_ID_MISSING;PERIOD_TOO_SHORT"));
	}

	@Test
	void aRunWithNothingAtRiskIsComparedWithToo() {
		history.record(1, 2025, run(List.of()));

		Changes changes = history.changesSince(2025, 2, List.of(A));

		assertThat(changes.previousRun()).contains(1L);
		assertThat(changes.rows()).extracting(Change::type).containsExactly(Change.Type.NEW_RISK);
	}

	@Test
	void otherYearsAndLaterExecutionsAreNotThePreviousRun() {
		history.record(1, 2024, run(List.of(A)));
		history.record(3, 2025, run(List.of(A)));

		assertThat(history.changesSince(2025, 2, List.of(A)).previousRun()).isEqualTo(Optional.empty());
	}

	@Test
	void aRunRecordedWithoutItsSetIsAFirstRunNotEveryRiskNew() {
		// a run recorded by a version that kept one row per subject, in a table this version does not read
		jdbc.update("insert into PI_READINESS_RUN (JOB_EXECUTION_ID, PERFORMANCE_YEAR, RECORDED_AT) "
				+ "values (1, 2025, current_timestamp)");

		Changes changes = history.changesSince(2025, 2, List.of(A, B));

		assertThat(changes.previousRun()).isEmpty();
		assertThat(changes.rows()).isEmpty();
	}

	@Test
	void recordingAgainReplacesTheExecutionsSet() {
		history.record(1, 2025, run(List.of(A)));
		history.record(1, 2025, run(List.of(A, B)));

		assertThat(jdbc.queryForObject("select SUBJECTS from PI_READINESS_RISK_SET where JOB_EXECUTION_ID = 1",
				Integer.class)).isEqualTo(2);
		assertThat(history.changesSince(2025, 2, List.of(A, B)).rows()).isEmpty();
	}

	@Test
	void theTrendIsTheLastThirtyRunsOfTheYearOldestFirstEndingWithThisOne() {
		for (int day = 1; day <= 35; day++) {
			history.record(day, 2025, night(day, 100 - day, 10, List.of()));
		}
		history.record(36, 2024, night(36, 7, 7, List.of()));

		List<TrendPoint> trend = history.lookBack(2025, 37, night(37, 50, 5, List.of())).trend();

		// runs 8..36 of 2025 are the 29 before this one; 2024's run is another year's
		assertThat(trend).hasSize(RiskHistory.TREND_RUNS);
		assertThat(trend.get(0)).isEqualTo(new TrendPoint("run-7", LocalDate.of(2025, 10, 8), 93, 10));
		assertThat(trend.get(28)).isEqualTo(new TrendPoint("run-35", LocalDate.of(2025, 11, 5), 65, 10));
		assertThat(trend.get(29)).isEqualTo(new TrendPoint("run-37", LocalDate.of(2025, 11, 7), 50, 5));
	}

	@Test
	void aFirstRunsTrendIsItsOwnPointAndRunsWithoutCountsAreLeftOut() {
		jdbc.update("insert into PI_READINESS_RUN (JOB_EXECUTION_ID, PERFORMANCE_YEAR, RECORDED_AT) "
				+ "values (1, 2025, current_timestamp)");

		assertThat(history.lookBack(2025, 2, night(2, 4, 1, List.of())).trend())
			.containsExactly(new TrendPoint("run-2", LocalDate.of(2025, 10, 3), 4, 1));
	}

	@Test
	void eachTinsTrendComesFromTheRunsThatWroteTinPages() {
		history.record(1, 2025, night(1, 3, 1, List.of(new TinAtRisk("100000001", 2, 1), new TinAtRisk("100000002", 1, 0))));
		history.record(2, 2025, night(2, 3, 1, List.of()));
		history.record(3, 2025, night(3, 1, 1, List.of(new TinAtRisk("100000001", 1, 1))));

		RunHistory past = history.lookBack(2025, 4, night(4, 0, 0, List.of(new TinAtRisk("100000001", 0, 0),
				new TinAtRisk("100000003", 5, 2))));

		assertThat(past.trendOf("100000001")).extracting(TrendPoint::runId, TrendPoint::atRiskClinicians,
				TrendPoint::atRiskEntities)
			.containsExactly(tuple("run-1", 2, 1), tuple("run-3", 1, 1), tuple("run-4", 0, 0));
		assertThat(past.trendOf("100000002")).extracting(TrendPoint::runId).containsExactly("run-1");
		assertThat(past.trendOf("100000003")).extracting(TrendPoint::runId).containsExactly("run-4");
		assertThat(past.trend()).extracting(TrendPoint::runId).containsExactly("run-1", "run-2", "run-3", "run-4");
	}

	@Test
	void aRunWithoutTinPagesReadsNoTinTrends() {
		history.record(1, 2025, night(1, 3, 1, List.of(new TinAtRisk("100000001", 2, 1))));

		assertThat(history.lookBack(2025, 2, night(2, 3, 1, List.of())).trendByTin()).isEmpty();
	}

	@Test
	void tablesOfAnOlderVersionGainTheTrendsColumns() {
		jdbc.execute("drop table PI_READINESS_RUN");
		jdbc.execute("drop table PI_READINESS_RISK_SET");
		jdbc.execute("create table PI_READINESS_RUN (JOB_EXECUTION_ID bigint primary key, "
				+ "PERFORMANCE_YEAR integer not null, RECORDED_AT timestamp not null)");
		jdbc.execute("create table PI_READINESS_RISK_SET (JOB_EXECUTION_ID bigint primary key, "
				+ "SUBJECTS integer not null, DATA bytea not null)");
		history.ensureTables();
		history.ensureTables();

		history.record(1, 2025, night(1, 3, 1, List.of(new TinAtRisk("100000001", 2, 1))));
		assertThat(history.lookBack(2025, 2, night(2, 0, 0, List.of(new TinAtRisk("100000001", 0, 0)))).trendOf("100000001"))
			.extracting(TrendPoint::atRiskClinicians).containsExactly(2, 0);
	}
}
