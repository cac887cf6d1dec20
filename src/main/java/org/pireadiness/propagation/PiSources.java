package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.PiSubmission;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.SubmissionRules;
import org.pireadiness.rules.Warning;

/**
 * Finds the PI source of each clinician path and judges it: every reporting entity once, up front (after which
 * the entities keep no submission); each individual submission as its row streams by, on any thread, as judging
 * only reads; {@link #stopJudging} then lets the books go.
 */
public final class PiSources {

	private final Map<EntityRef, ReportingEntity> entities;

	private final Map<EntityRef, SourceAssessment> assessed = new HashMap<>();

	/** Verdicts for entities that paths name but the groups file lacks: many rows may name the same one. */
	private final Map<EntityRef, SourceAssessment> absent = new ConcurrentHashMap<>();

	private final SubmissionRules rules;

	private ChecklistBook checklists;

	private MeasureBook measures;

	/** @param entities the portfolio's entities; kept here without their submissions once those are judged */
	public PiSources(Map<EntityRef, ReportingEntity> entities, SubmissionRules rules, ChecklistBook checklists,
			MeasureBook measures) {
		this.rules = rules;
		this.checklists = checklists;
		this.measures = measures;
		this.entities = new HashMap<>(entities.size() * 4 / 3 + 1);
		for (ReportingEntity entity : entities.values()) {
			if (entity.type() != EntityType.SUBGROUP) {
				assessed.put(entity.ref(), judge(entity.ref(), entity.reportsPi(), entity.submission(),
						entity.reweighting()));
			}
			// only the name and a subgroup's affiliation are read from here on
			this.entities.put(entity.ref(), entity.judged());
		}
	}

	/**
	 * Lets go of the checklist and measure books once every path is judged: at national size they are a fifth of
	 * the heap, which the reports need. Judging a path afterwards is a programming error.
	 */
	public void stopJudging() {
		checklists = null;
		measures = null;
	}

	/** The verdict of the PI source of one clinician path. */
	public SourceAssessment forPath(ClinicianRow row) {
		return switch (row.reportingLevel()) {
			case INDIVIDUAL -> judge(row.path(), row.reportsPi(), row.submission(), row.reweighting());
			case SUBGROUP -> forSubgroup(row.path());
			default -> forEntity(row.path());
		};
	}

	/** The verdict of a listed or referenced entity; a SUBGROUP takes its affiliated group's. */
	public SourceAssessment forEntity(EntityRef ref) {
		if (ref.type() == EntityType.SUBGROUP) {
			return forSubgroup(ref);
		}
		SourceAssessment assessment = assessed.get(ref);
		return assessment != null ? assessment : absent.computeIfAbsent(ref, PiSources::missing);
	}

	/** The group a subgroup takes its PI data from, or null when the subgroup is not listed. */
	public EntityRef affiliatedGroup(EntityRef subgroup) {
		ReportingEntity entity = entities.get(subgroup);
		return entity == null ? null : EntityRef.group(entity.affiliatedTin());
	}

	public Map<EntityRef, ReportingEntity> entities() {
		return entities;
	}

	private SourceAssessment forSubgroup(EntityRef subgroup) {
		EntityRef group = affiliatedGroup(subgroup);
		return group == null ? absent.computeIfAbsent(subgroup, PiSources::missing) : forEntity(group);
	}

	private SourceAssessment judge(EntityRef ref, boolean reportsPi, PiSubmission submission, Reweighting reweighting) {
		if (!reportsPi) {
			return reweighting.reweighted()
					? new SourceAssessment(ref, ClinicianStatus.REWEIGHTED, List.of(), Set.of())
					: new SourceAssessment(ref, ClinicianStatus.AT_RISK, List.of(Finding.of(ReasonCode.PI_NOT_REPORTED)),
							Set.of());
		}
		if (checklists == null) {
			throw new IllegalStateException("judging has stopped: " + ref.label() + " came too late");
		}
		ChecklistBook book = checklists;
		List<Finding> found = new ArrayList<>(rules.assess(submission, () -> book.verdict(ref)));
		found.addAll(measures.findings(ref));
		List<Finding> findings = List.copyOf(found);
		if (findings.isEmpty()) {
			return new SourceAssessment(ref, ClinicianStatus.READY, findings, Set.of());
		}
		return new SourceAssessment(ref, ClinicianStatus.AT_RISK, findings,
				reweighting.reweighted() ? Set.of(Warning.REWEIGHTING_VOIDED_BY_SUBMISSION) : Set.of());
	}

	private static SourceAssessment missing(EntityRef ref) {
		return new SourceAssessment(ref, ClinicianStatus.AT_RISK,
				List.of(new Finding(ReasonCode.PI_SOURCE_MISSING, ref.label() + " is absent, or its row was rejected")),
				Set.of());
	}
}
