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
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.SubmissionRules;
import org.pireadiness.rules.Warning;

/**
 * The PI source of each clinician path and its verdict (contract §5.4): every reporting entity of the portfolio is
 * judged once, by {@link #judge}; each individual submission as its row streams by, on any thread, as judging
 * only reads the sealed checklist and measure books.
 */
public final class PiSources {

	private final Map<EntityRef, ReportingEntity> entities = new HashMap<>();

	private final Map<EntityRef, SourceAssessment> assessed = new HashMap<>();

	/** Verdicts for entities that paths name but the groups file lacks: many rows may name the same one. */
	private final Map<EntityRef, SourceAssessment> absent = new ConcurrentHashMap<>();

	private final SubmissionRules rules;

	private final ChecklistBook checklists;

	private final MeasureBook measures;

	private boolean judged;

	/** @param checklists sealed; @param measures sealed */
	public PiSources(SubmissionRules rules, ChecklistBook checklists, MeasureBook measures) {
		this.rules = rules;
		this.checklists = checklists;
		this.measures = measures;
	}

	/** Judges every entity of the portfolio; returns how many there are. */
	public int judge(Portfolio portfolio) {
		for (Portfolio.Listed listed : portfolio.entities()) {
			ReportingEntity entity = listed.entity();
			if (entity.type() != EntityType.SUBGROUP) {
				assessed.put(entity.ref(), verdict(entity.ref(), entity.reportsPi(), entity.reweighting(),
						() -> listed.ownFindings()));
			}
			entities.put(entity.ref(), entity);
		}
		judged = true;
		return portfolio.size();
	}

	/** The verdict of the PI source of one clinician path. */
	public SourceAssessment forPath(ClinicianRow row) {
		return switch (row.reportingLevel()) {
			case INDIVIDUAL -> verdict(row.path(), row.reportsPi(), row.reweighting(),
					() -> rules.assess(row.submission()));
			case SUBGROUP -> forSubgroup(row.path());
			default -> forEntity(row.path());
		};
	}

	/** The verdict of a listed or referenced entity; a SUBGROUP takes its affiliated group's. */
	public SourceAssessment forEntity(EntityRef ref) {
		if (ref.type() == EntityType.SUBGROUP) {
			return forSubgroup(ref);
		}
		SourceAssessment assessment = judgedEntities().get(ref);
		return assessment != null ? assessment : absent.computeIfAbsent(ref, PiSources::missing);
	}

	/** The group a subgroup takes its PI data from, or null when the subgroup is not listed. */
	public EntityRef affiliatedGroup(EntityRef subgroup) {
		ReportingEntity entity = entities.get(subgroup);
		return entity == null ? null : EntityRef.group(entity.affiliatedTin());
	}

	/** The listed entities, without their submissions. */
	public Map<EntityRef, ReportingEntity> entities() {
		return entities;
	}

	private Map<EntityRef, SourceAssessment> judgedEntities() {
		if (!judged) {
			throw new IllegalStateException("the entities are not judged yet: judgeEntities runs first");
		}
		return assessed;
	}

	private SourceAssessment forSubgroup(EntityRef subgroup) {
		EntityRef group = affiliatedGroup(subgroup);
		return group == null ? absent.computeIfAbsent(subgroup, PiSources::missing) : forEntity(group);
	}

	private SourceAssessment verdict(EntityRef ref, boolean reportsPi, Reweighting reweighting,
			java.util.function.Supplier<List<Finding>> ownFindings) {
		if (!reportsPi) {
			return reweighting.reweighted()
					? new SourceAssessment(ref, ClinicianStatus.REWEIGHTED, List.of(), Set.of())
					: new SourceAssessment(ref, ClinicianStatus.AT_RISK, List.of(Finding.of(ReasonCode.PI_NOT_REPORTED)),
							Set.of());
		}
		List<Finding> found = new ArrayList<>(ownFindings.get());
		found.addAll(rules.checklistFindings(() -> checklists.verdict(ref)));
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
