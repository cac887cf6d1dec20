package org.pireadiness.report;

import java.util.ArrayList;
import java.util.List;

import org.pireadiness.history.AtRisk;
import org.pireadiness.history.RunRecord;
import org.pireadiness.history.TinAtRisk;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.intake.Tally;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatuses;
import org.pireadiness.propagation.UnattributedSubmissions;
import org.pireadiness.rules.PerformanceYear;
import org.pireadiness.rules.ReadinessCalendar;

/**
 * Everything one run found, as the reports show it.
 *
 * @param runId identifies the run by its inputs and options, so a resumed run writes the same reports
 * @param provisionalRules whether the year's rules are provisional (CMS's are not final yet)
 * @param measuresChecked whether a PI measures file was given (without one, measure checks are skipped)
 * @param rejects in file order, then line order
 * @param submissionSetsSkipped measurement sets of other categories than PI in the submission files
 * @param entities every reporting entity, in the reports' order
 * @param atRiskEntities those of them at risk
 * @param calendar the year's deadlines as of the date the reports are made for
 * @param lowScoreThreshold the page lists the READY entities whose estimated score is under this
 */
public record RunReport(String runId, int performanceYear, boolean provisionalRules, List<Tally> inputs,
		int submissionSetsSkipped, UnattributedSubmissions unattributed, boolean measuresChecked,
		List<RejectedRow> rejects, List<ClinicianResult> clinicians, List<EntityResult> entities,
		List<EntityResult> atRiskEntities, ReadinessCalendar calendar, int lowScoreThreshold) {

	public static RunReport of(String runId, ReadinessCalendar calendar, IntakeLedger intake, boolean measuresChecked,
			List<ClinicianResult> clinicians, List<EntityResult> entities, UnattributedSubmissions unattributed,
			int lowScoreThreshold) {
		PerformanceYear year = calendar.year();
		return new RunReport(runId, year.year(), year.rules().provisional(), intake.tallies(), intake.otherSetsSkipped(),
				unattributed, measuresChecked, intake.rejects(), clinicians, entities, EntityStatuses.atRisk(entities),
				calendar, lowScoreThreshold);
	}

	/** The same run for a part of its clinicians and entities (a practice's own package). */
	RunReport part(List<ClinicianResult> someClinicians, List<EntityResult> someEntities) {
		return new RunReport(runId, performanceYear, provisionalRules, inputs, submissionSetsSkipped, unattributed,
				measuresChecked, List.of(), someClinicians, someEntities, EntityStatuses.atRisk(someEntities), calendar,
				lowScoreThreshold);
	}

	/** The TIN/NPIs at risk. */
	public int atRiskClinicians() {
		int count = 0;
		for (ClinicianResult clinician : clinicians) {
			count += clinician.status() == ClinicianStatus.AT_RISK ? 1 : 0;
		}
		return count;
	}

	/** This run's counts, as the history keeps them for the trend. */
	public RunRecord record(List<TinAtRisk> byTin) {
		return new RunRecord(runId, calendar.asOf(), atRisk(), atRiskClinicians(), atRiskEntities.size(), byTin);
	}

	/** The at-risk clinicians and entities, as the history keeps them. */
	public List<AtRisk> atRisk() {
		List<AtRisk> subjects = new ArrayList<>();
		for (ClinicianResult clinician : clinicians) {
			if (clinician.status() == ClinicianStatus.AT_RISK) {
				subjects.add(new AtRisk(AtRisk.Kind.CLINICIAN, clinician.tin(), clinician.npi(), "", "",
						Cells.codes(clinician.reasonCodes())));
			}
		}
		for (EntityResult entity : atRiskEntities) {
			EntityType type = entity.ref().type();
			String tin = type == EntityType.GROUP || type == EntityType.INDIVIDUAL ? entity.ref().id() : "";
			subjects.add(new AtRisk(AtRisk.Kind.ENTITY, tin, entity.ref().npi(), type.name(), entity.ref().id(),
					Cells.codes(entity.reasonCodes())));
		}
		return subjects;
	}
}
