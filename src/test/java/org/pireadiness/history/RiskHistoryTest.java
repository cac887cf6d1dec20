package org.pireadiness.history;

import java.nio.file.Path;
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

	@Test
	void theNextRunOfTheYearSeesWhatIsNewResolvedAndChanged() {
		history.record(1, 2025, List.of(A, B));

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
		history.record(1, 2025, List.of());

		Changes changes = history.changesSince(2025, 2, List.of(A));

		assertThat(changes.previousRun()).contains(1L);
		assertThat(changes.rows()).extracting(Change::type).containsExactly(Change.Type.NEW_RISK);
	}

	@Test
	void otherYearsAndLaterExecutionsAreNotThePreviousRun() {
		history.record(1, 2024, List.of(A));
		history.record(3, 2025, List.of(A));

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
		history.record(1, 2025, List.of(A));
		history.record(1, 2025, List.of(A, B));

		assertThat(jdbc.queryForObject("select SUBJECTS from PI_READINESS_RISK_SET where JOB_EXECUTION_ID = 1",
				Integer.class)).isEqualTo(2);
		assertThat(history.changesSince(2025, 2, List.of(A, B)).rows()).isEmpty();
	}
}
