package org.pireadiness.propagation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.Warning;

/**
 * Every reporting entity with its status (contract §5.4, §6.1): each entity of {@code groups.csv} (a subgroup with its
 * group's verdict), each entity clinicians name that is missing, and each individual submission of a MIPS eligible
 * clinician. An entity is at risk when its own findings are not empty, or when it does not report PI and is not
 * reweighted while clinicians depend on it.
 */
public final class EntityStatuses {

	/** Entities as the reports list them: by type, then id, then NPI. */
	public static final Comparator<EntityResult> ORDER = Comparator
		.comparing((EntityResult result) -> result.ref().type())
		.thenComparing(result -> result.ref().id())
		.thenComparing(result -> result.ref().npi());

	private EntityStatuses() {
	}

	/**
	 * @param calendar by when an entity's fix is due; an entity at risk whose fix-by date has passed is warned
	 */
	public static List<EntityResult> list(PiSources sources, ClinicianBook clinicians, ReadinessCalendar calendar) {
		SourceWarnings warnings = clinicians.sourceWarnings();
		Set<EntityRef> candidates = new LinkedHashSet<>(sources.listedEntities());
		clinicians.referencedEntities().forEach(candidates::add);
		List<EntityResult> all = new ArrayList<>();
		for (EntityRef ref : candidates) {
			if (!sources.knows(ref, clinicians)) {
				continue; // a refused file's entity the portfolio does not know: counted, not listed (contract §7.4)
			}
			SourceAssessment verdict = sources.forEntity(ref);
			int affected = clinicians.dependents(ref);
			ReportingEntity entity = sources.entity(ref);
			all.add(result(ref, entity == null ? "" : entity.name(), verdict, status(verdict, affected), affected,
					clinicians.clinicians(ref), warnings, verdict.source().label(), clinicians.rescuable(ref), calendar));
		}
		for (IndividualSubmission individual : clinicians.individuals()) {
			SourceAssessment source = individual.source();
			EntityRef ref = individual.ref();
			int rescuable = clinicians.atRisk(TinNpi.key(ref.id(), ref.npi())) ? 1 : 0;
			all.add(result(ref, individual.name(), source, status(source, 1), 1, 1, warnings, ref.label(), rescuable,
					calendar));
		}
		all.sort(ORDER);
		return all;
	}

	private static EntityResult result(EntityRef ref, String name, SourceAssessment verdict, EntityStatus status,
			int affected, int clinicians, SourceWarnings warnings, String dataFrom, int rescuable,
			ReadinessCalendar calendar) {
		Set<Warning> entityWarnings = warnings.of(verdict);
		LocalDate fixBy = null;
		if (status == EntityStatus.AT_RISK) {
			fixBy = calendar.fixBy(verdict.findings());
			if (calendar.passed(fixBy)) {
				Set<Warning> passed = EnumSet.of(Warning.DEADLINE_PASSED);
				passed.addAll(entityWarnings);
				entityWarnings = passed;
			}
		}
		return new EntityResult(ref, name, status, affected, clinicians, verdict.findings(), entityWarnings, dataFrom,
				verdict.piData(), fixBy, rescuable, verdict.estimate());
	}

	/** The entities at risk, as {@code at-risk-entities.csv} lists them. */
	public static List<EntityResult> atRisk(List<EntityResult> entities) {
		return entities.stream().filter(entity -> entity.status() == EntityStatus.AT_RISK).toList();
	}

	private static EntityStatus status(SourceAssessment verdict, int dependents) {
		return switch (verdict.status()) {
			case READY -> EntityStatus.READY;
			case REWEIGHTED -> EntityStatus.REWEIGHTED;
			default -> dependents > 0 || !onlyNotReported(verdict) ? EntityStatus.AT_RISK : EntityStatus.NOT_REPORTING;
		};
	}

	private static boolean onlyNotReported(SourceAssessment verdict) {
		return verdict.findings().size() == 1 && verdict.findings().get(0).code() == ReasonCode.PI_NOT_REPORTED;
	}
}
