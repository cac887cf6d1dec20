package org.pireadiness.report;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

import org.pireadiness.history.AtRisk;
import org.pireadiness.history.Change;
import org.pireadiness.history.Changes;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatus;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.ScoreEstimate;
import org.pireadiness.rules.ReadinessCalendar;

/** The CSV reports of contract §6, columns in the contract's order. */
final class CsvReports {

	static final String AT_RISK_CLINICIANS = "at-risk-clinicians.csv";

	static final String AT_RISK_ENTITIES = "at-risk-entities.csv";

	static final String CLINICIAN_STATUS = "clinician-status.csv";

	static final String REJECTED_ROWS = "rejected-rows.csv";

	static final String CHANGES = "changes.csv";

	static final String ENTITY_STATUS = "entity-status.csv";

	/** Separates the plain-English reasons of one row; each reason is a sentence or two. */
	private static final String REASON_SEPARATOR = " | ";

	private CsvReports() {
	}

	static void atRiskClinicians(RunReport run, Path file) {
		try (var csv = new CsvReport(file, "performance_year", "tin", "npi", "last_name", "first_name", "paths",
				"reason_codes", "reasons", "inherited_from", "warnings", "fix_by", "days_left")) {
			ReadinessCalendar calendar = run.calendar();
			for (ClinicianResult clinician : run.clinicians()) {
				if (clinician.status() == ClinicianStatus.AT_RISK) {
					csv.row(run.performanceYear(), clinician.tin(), clinician.npi(), clinician.lastName(),
							clinician.firstName(), String.join(";", clinician.paths()),
							Cells.codes(clinician.reasonCodes()),
							joined(clinician.reasons(), ClinicianResult.SourcedFinding::text),
							String.join(";", clinician.inheritedFrom()), Cells.codes(clinician.warnings()),
							clinician.fixBy(), calendar.daysLeft(clinician.fixBy()));
				}
			}
		}
	}

	static void atRiskEntities(RunReport run, Path file) {
		try (var csv = new CsvReport(file, "performance_year", "entity_type", "entity_id", "npi", "name",
				"affected_clinicians", "reason_codes", "reasons", "warnings", "fix_by", "days_left",
				"rescuable_clinicians", "pi_data")) {
			for (EntityResult entity : run.atRiskEntities()) {
				csv.row(run.performanceYear(), entity.ref().type(), entity.ref().id(), entity.ref().npi(),
						entity.name(), entity.affectedClinicians(), Cells.codes(entity.reasonCodes()),
						joined(entity.findings(), Finding::text), Cells.codes(entity.warnings()), entity.fixBy(),
						run.calendar().daysLeft(entity.fixBy()), entity.rescuableClinicians(), entity.piData());
			}
		}
	}

	/** Every reporting entity with its status; the findings of an entity at risk only (contract §6.1). */
	static void entityStatus(RunReport run, Path file) {
		try (var csv = new CsvReport(file, "performance_year", "entity_type", "entity_id", "npi", "name", "status",
				"clinicians", "reason_codes", "warnings", "pi_data", "estimated_pi_score", "score_confidence", "pi_points")) {
			for (EntityResult entity : run.entities()) {
				boolean atRisk = entity.status() == EntityStatus.AT_RISK;
				ScoreEstimate estimate = entity.estimate();
				// contract v3 §9.2: AT_RISK is a score of 0; READY with measure data has its estimate; else empty
				csv.row(run.performanceYear(), entity.ref().type(), entity.ref().id(), entity.ref().npi(), entity.name(),
						entity.status(), entity.clinicians(), atRisk ? Cells.codes(entity.reasonCodes()) : "",
						Cells.codes(entity.warnings()), entity.piData(),
						atRisk ? "0" : estimate.present() ? String.valueOf(estimate.score()) : "",
						estimate.present() ? estimate.confidence() : "", estimate.piPoints());
			}
		}
	}

	static void clinicianStatus(RunReport run, Path file) {
		try (var csv = new CsvReport(file, "performance_year", "tin", "npi", "status", "reason_codes", "warnings",
				"estimated_pi_score")) {
			String year = String.valueOf(run.performanceYear());
			long tinPart = -1;
			String tin = "";
			for (ClinicianResult clinician : run.clinicians()) {
				// the results come by TIN, so a TIN's text is made once for all its clinicians
				if (TinNpi.tinPart(clinician.tinNpi()) != tinPart) {
					tinPart = TinNpi.tinPart(clinician.tinNpi());
					tin = clinician.tin();
				}
				csv.row(year, tin, clinician.npi(), clinician.status(), Cells.codes(clinician.reasonCodes()),
						Cells.codes(clinician.warnings()),
						clinician.estimatedScore() < 0 ? "" : String.valueOf(clinician.estimatedScore()));
			}
		}
	}

	/** The reasons' texts, one after another. */
	private static <T> String joined(List<T> reasons, Function<T, String> text) {
		StringJoiner joined = new StringJoiner(REASON_SEPARATOR);
		reasons.forEach(reason -> joined.add(text.apply(reason)));
		return joined.toString();
	}

	static void changes(Changes changes, Path file) {
		try (var csv = new CsvReport(file, "change", "subject", "tin", "npi", "entity_type", "entity_id",
				"old_reason_codes", "new_reason_codes")) {
			for (Change change : changes.rows()) {
				AtRisk subject = change.subject();
				csv.row(change.type(), subject.kind(), subject.tin(), subject.npi(), subject.entityType(),
						subject.entityId(), change.oldReasonCodes(), change.newReasonCodes());
			}
		}
	}

	static void rejectedRows(RunReport run, Path file) {
		try (var csv = new CsvReport(file, "file", "line", "column", "value", "reason_code", "message")) {
			for (RejectedRow row : run.rejects()) {
				csv.row(row.file(), row.line(), row.column(), row.value(), row.code(), row.message());
			}
		}
	}
}
