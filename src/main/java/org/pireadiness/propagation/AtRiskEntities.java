package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.rules.ReasonCode;

/**
 * The reporting entities at risk (contract §5.4): those with findings of their own, those that do not report PI
 * and are not reweighted while clinicians depend on them, the missing entities clinicians name, subgroups with
 * their group's verdict, and individual submissions.
 */
public final class AtRiskEntities {

	/** Entities as the reports list them: by type, then id, then NPI. */
	public static final Comparator<EntityResult> ORDER = Comparator
		.comparing((EntityResult result) -> result.ref().type())
		.thenComparing(result -> result.ref().id())
		.thenComparing(result -> result.ref().npi());

	private AtRiskEntities() {
	}

	public static List<EntityResult> list(PiSources sources, ClinicianBook clinicians) {
		Set<EntityRef> candidates = new LinkedHashSet<>(sources.listedEntities());
		clinicians.referencedEntities().forEach(candidates::add);
		List<EntityResult> atRisk = new ArrayList<>();
		for (EntityRef ref : candidates) {
			if (ref.type() == EntityType.INDIVIDUAL) {
				continue;
			}
			SourceAssessment verdict = sources.forEntity(ref);
			int affected = clinicians.dependents(ref);
			if (verdict.atRisk() && (affected > 0 || !onlyNotReported(verdict))) {
				ReportingEntity entity = sources.entity(ref);
				atRisk.add(new EntityResult(ref, entity == null ? "" : entity.name(), affected, verdict.findings(),
						verdict.warnings(), verdict.source().label()));
			}
		}
		for (PathOutcome individual : clinicians.individualsAtRisk()) {
			var row = individual.row();
			String name = row.lastName().isEmpty() || row.firstName().isEmpty() ? row.lastName() + row.firstName()
					: row.lastName() + ", " + row.firstName();
			atRisk.add(new EntityResult(row.path(), name, 1, individual.source().findings(),
					individual.source().warnings(), row.path().label()));
		}
		atRisk.sort(ORDER);
		return atRisk;
	}

	private static boolean onlyNotReported(SourceAssessment verdict) {
		return verdict.findings().size() == 1 && verdict.findings().get(0).code() == ReasonCode.PI_NOT_REPORTED;
	}
}
