package org.pireadiness.history;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every successful run's at-risk subjects and counts, kept in the job repository's database so the next runs can
 * say what changed and draw the trend: a row per run, and the run's subjects (and, with per-TIN pages, each TIN's
 * counts) as one compressed value each ({@link RiskSet}). Both are written in the report step's transaction: a
 * failed run leaves none. Retention deletes them with the job repository's runs.
 */
@Component
public class RiskHistory {

	/** The trend shows this many runs, this one included (contract §8.4). */
	public static final int TREND_RUNS = 30;

	private static final String RUNS = "PI_READINESS_RUN";

	private static final String RISKS = "PI_READINESS_RISK_SET";

	private final JdbcTemplate jdbc;

	public RiskHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the history tables when they are missing, and adds the trend's columns to tables an older version
	 * made; the SQL is the same for H2 and PostgreSQL.
	 */
	public void ensureTables() {
		jdbc.execute("create table if not exists " + RUNS + " (JOB_EXECUTION_ID bigint primary key, "
				+ "PERFORMANCE_YEAR integer not null, RECORDED_AT timestamp not null)");
		jdbc.execute("create table if not exists " + RISKS + " (JOB_EXECUTION_ID bigint primary key, "
				+ "SUBJECTS integer not null, DATA bytea not null)");
		for (String column : List.of("RUN_ID varchar(64)", "AS_OF date", "AT_RISK_CLINICIANS integer",
				"AT_RISK_ENTITIES integer")) {
			jdbc.execute("alter table " + RUNS + " add column if not exists " + column);
		}
		jdbc.execute("alter table " + RISKS + " add column if not exists TIN_COUNTS bytea");
	}

	/** What the reports show of the runs before this execution of the year, with this run's own point last. */
	public RunHistory lookBack(int year, long execution, RunRecord now) {
		return new RunHistory(changesSince(year, execution, now.atRisk()), trend(year, execution, now),
				now.byTin().isEmpty() ? Map.of() : trendsByTin(year, execution, now));
	}

	/** Whether a successful run with this id is recorded here (for any year). */
	public boolean knows(String runId) {
		Integer runs = jdbc.queryForObject("select count(*) from " + RUNS + " where RUN_ID = ?", Integer.class, runId);
		return runs != null && runs > 0;
	}

	/** What changed since the previous successful run of the year, before this execution. */
	public Changes changesSince(int year, long execution, List<AtRisk> now) {
		Long previous = jdbc.queryForObject("select max(JOB_EXECUTION_ID) from " + RUNS
				+ " where PERFORMANCE_YEAR = ? and JOB_EXECUTION_ID < ?", Long.class, year, execution);
		if (previous == null) {
			return Changes.firstRun();
		}
		List<byte[]> data = jdbc.query("select DATA from " + RISKS + " where JOB_EXECUTION_ID = ?",
				(row, n) -> row.getBytes(1), previous);
		// every run recorded here has its set, even an empty one; a run recorded by an older version has none,
		// and comparing with nothing would call every risk new
		return data.isEmpty() ? Changes.firstRun() : Changes.between(previous, RiskSet.decode(data.get(0)), now);
	}

	/** The last runs of the year before this execution that recorded their counts, oldest first, then this one. */
	private List<TrendPoint> trend(int year, long execution, RunRecord now) {
		List<TrendPoint> points = new ArrayList<>(jdbc.query("select RUN_ID, AS_OF, AT_RISK_CLINICIANS, AT_RISK_ENTITIES"
				+ " from " + RUNS + " where PERFORMANCE_YEAR = ? and JOB_EXECUTION_ID < ? and AT_RISK_CLINICIANS is not null"
				+ " order by JOB_EXECUTION_ID desc limit ?", (row, n) -> new TrendPoint(row.getString(1),
						row.getObject(2, LocalDate.class), row.getInt(3), row.getInt(4)), year, execution, TREND_RUNS - 1));
		Collections.reverse(points);
		points.add(now.point());
		return points;
	}

	/** Each TIN's points from the last runs of the year that wrote per-TIN pages, then this run's. */
	private Map<String, List<TrendPoint>> trendsByTin(int year, long execution, RunRecord now) {
		record Earlier(String runId, LocalDate asOf, byte[] counts) {
		}
		List<Earlier> earlier = new ArrayList<>(jdbc.query("select r.RUN_ID, r.AS_OF, s.TIN_COUNTS from " + RUNS + " r join "
				+ RISKS + " s on s.JOB_EXECUTION_ID = r.JOB_EXECUTION_ID where r.PERFORMANCE_YEAR = ? and "
				+ "r.JOB_EXECUTION_ID < ? and s.TIN_COUNTS is not null order by r.JOB_EXECUTION_ID desc limit ?",
				(row, n) -> new Earlier(row.getString(1), row.getObject(2, LocalDate.class), row.getBytes(3)), year,
				execution, TREND_RUNS - 1));
		Collections.reverse(earlier);
		Map<String, List<TrendPoint>> byTin = new HashMap<>();
		for (Earlier run : earlier) {
			for (TinAtRisk tin : RiskSet.decodeCounts(run.counts())) {
				byTin.computeIfAbsent(tin.tin(), key -> new ArrayList<>())
					.add(new TrendPoint(run.runId(), run.asOf(), tin.clinicians(), tin.entities()));
			}
		}
		for (TinAtRisk tin : now.byTin()) {
			byTin.computeIfAbsent(tin.tin(), key -> new ArrayList<>())
				.add(new TrendPoint(now.runId(), now.asOf(), tin.clinicians(), tin.entities()));
		}
		return byTin;
	}

	public void record(long execution, int year, RunRecord run) {
		jdbc.update("delete from " + RISKS + " where JOB_EXECUTION_ID = ?", execution);
		jdbc.update("delete from " + RUNS + " where JOB_EXECUTION_ID = ?", execution);
		jdbc.update("insert into " + RUNS + " (JOB_EXECUTION_ID, PERFORMANCE_YEAR, RECORDED_AT, RUN_ID, AS_OF, "
				+ "AT_RISK_CLINICIANS, AT_RISK_ENTITIES) values (?, ?, ?, ?, ?, ?, ?)", execution, year,
				Timestamp.valueOf(LocalDateTime.now()), run.runId(), Date.valueOf(run.asOf()), run.atRiskClinicians(),
				run.atRiskEntities());
		jdbc.update("insert into " + RISKS + " (JOB_EXECUTION_ID, SUBJECTS, DATA, TIN_COUNTS) values (?, ?, ?, ?)",
				execution, run.atRisk().size(), RiskSet.encode(run.atRisk()),
				run.byTin().isEmpty() ? null : RiskSet.encodeCounts(run.byTin()));
	}

	/** Deletes the history of runs recorded before the cutoff, as the job repository's retention does. */
	public int prune(LocalDateTime cutoff) {
		Timestamp before = Timestamp.valueOf(cutoff);
		jdbc.update("delete from " + RISKS + " where JOB_EXECUTION_ID in (select JOB_EXECUTION_ID from " + RUNS
				+ " where RECORDED_AT < ?)", before);
		return jdbc.update("delete from " + RUNS + " where RECORDED_AT < ?", before);
	}
}
