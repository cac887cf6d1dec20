package org.pireadiness.history;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The at-risk subjects of every successful run, kept in the job repository's database so the next run can say
 * what changed. Rows are written in the report step's transaction: a failed run leaves none.
 */
@Component
public class RiskHistory {

	private static final String RUNS = "PI_READINESS_RUN";

	private static final String RISKS = "PI_READINESS_RISK";

	private final JdbcTemplate jdbc;

	public RiskHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the two history tables when they are missing; the SQL is the same for H2 and PostgreSQL. */
	public void ensureTables() {
		jdbc.execute("create table if not exists " + RUNS + " (JOB_EXECUTION_ID bigint primary key, "
				+ "PERFORMANCE_YEAR integer not null, RECORDED_AT timestamp not null)");
		jdbc.execute("create table if not exists " + RISKS + " (JOB_EXECUTION_ID bigint not null, KIND varchar(10) not null, "
				+ "TIN varchar(9) not null, NPI varchar(10) not null, ENTITY_TYPE varchar(20) not null, "
				+ "ENTITY_ID varchar(40) not null, REASON_CODES varchar(2000) not null)");
		jdbc.execute("create index if not exists PI_READINESS_RISK_RUN on " + RISKS + " (JOB_EXECUTION_ID)");
	}

	/** What changed since the previous successful run of the year, before this execution. */
	public Changes changesSince(int year, long execution, List<AtRisk> now) {
		Long previous = jdbc.queryForObject("select max(JOB_EXECUTION_ID) from " + RUNS
				+ " where PERFORMANCE_YEAR = ? and JOB_EXECUTION_ID < ?", Long.class, year, execution);
		if (previous == null) {
			return Changes.firstRun();
		}
		List<AtRisk> before = jdbc.query("select KIND, TIN, NPI, ENTITY_TYPE, ENTITY_ID, REASON_CODES from " + RISKS
				+ " where JOB_EXECUTION_ID = ?", (row, n) -> new AtRisk(AtRisk.Kind.valueOf(row.getString(1)),
						row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6)),
				previous);
		return Changes.between(previous, before, now);
	}

	public void record(long execution, int year, List<AtRisk> atRisk) {
		jdbc.update("delete from " + RISKS + " where JOB_EXECUTION_ID = ?", execution);
		jdbc.update("delete from " + RUNS + " where JOB_EXECUTION_ID = ?", execution);
		jdbc.update("insert into " + RUNS + " (JOB_EXECUTION_ID, PERFORMANCE_YEAR, RECORDED_AT) values (?, ?, ?)",
				execution, year, Timestamp.valueOf(LocalDateTime.now()));
		jdbc.batchUpdate("insert into " + RISKS
				+ " (JOB_EXECUTION_ID, KIND, TIN, NPI, ENTITY_TYPE, ENTITY_ID, REASON_CODES) values (?, ?, ?, ?, ?, ?, ?)",
				atRisk, 5_000, (statement, subject) -> {
					statement.setLong(1, execution);
					statement.setString(2, subject.kind().name());
					statement.setString(3, subject.tin());
					statement.setString(4, subject.npi());
					statement.setString(5, subject.entityType());
					statement.setString(6, subject.entityId());
					statement.setString(7, subject.reasonCodes());
				});
	}

	/** Deletes the history of runs recorded before the cutoff, as the job repository's retention does. */
	public int prune(LocalDateTime cutoff) {
		Timestamp before = Timestamp.valueOf(cutoff);
		jdbc.update("delete from " + RISKS + " where JOB_EXECUTION_ID in (select JOB_EXECUTION_ID from " + RUNS
				+ " where RECORDED_AT < ?)", before);
		return jdbc.update("delete from " + RUNS + " where RECORDED_AT < ?", before);
	}
}
