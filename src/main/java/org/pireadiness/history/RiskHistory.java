package org.pireadiness.history;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The at-risk subjects of every successful run, kept in the job repository's database so the next run can say
 * what changed: a row per run, and the run's subjects as one compressed value ({@link RiskSet}). Both are written
 * in the report step's transaction: a failed run leaves none.
 */
@Component
public class RiskHistory {

	private static final String RUNS = "PI_READINESS_RUN";

	private static final String RISKS = "PI_READINESS_RISK_SET";

	private final JdbcTemplate jdbc;

	public RiskHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the two history tables when they are missing; the SQL is the same for H2 and PostgreSQL. */
	public void ensureTables() {
		jdbc.execute("create table if not exists " + RUNS + " (JOB_EXECUTION_ID bigint primary key, "
				+ "PERFORMANCE_YEAR integer not null, RECORDED_AT timestamp not null)");
		jdbc.execute("create table if not exists " + RISKS + " (JOB_EXECUTION_ID bigint primary key, "
				+ "SUBJECTS integer not null, DATA bytea not null)");
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

	public void record(long execution, int year, List<AtRisk> atRisk) {
		byte[] data = RiskSet.encode(atRisk);
		jdbc.update("delete from " + RISKS + " where JOB_EXECUTION_ID = ?", execution);
		jdbc.update("delete from " + RUNS + " where JOB_EXECUTION_ID = ?", execution);
		jdbc.update("insert into " + RUNS + " (JOB_EXECUTION_ID, PERFORMANCE_YEAR, RECORDED_AT) values (?, ?, ?)",
				execution, year, Timestamp.valueOf(LocalDateTime.now()));
		jdbc.update("insert into " + RISKS + " (JOB_EXECUTION_ID, SUBJECTS, DATA) values (?, ?, ?)", execution,
				atRisk.size(), data);
	}

	/** Deletes the history of runs recorded before the cutoff, as the job repository's retention does. */
	public int prune(LocalDateTime cutoff) {
		Timestamp before = Timestamp.valueOf(cutoff);
		jdbc.update("delete from " + RISKS + " where JOB_EXECUTION_ID in (select JOB_EXECUTION_ID from " + RUNS
				+ " where RECORDED_AT < ?)", before);
		return jdbc.update("delete from " + RUNS + " where RECORDED_AT < ?", before);
	}
}
