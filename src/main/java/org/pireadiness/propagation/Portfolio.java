package org.pireadiness.propagation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.SubmissionRules;

/**
 * The reporting entities of {@code groups.csv}. Each entity's own PI data (CEHRT ID, period, attestations) is judged
 * as it is added, and only its findings are kept, not the submission: a national portfolio has a quarter of a
 * million entities, and the checklist and measure findings join these later, in {@link PiSources}.
 */
public final class Portfolio {

	/** An entity as the portfolio keeps it: without its submission, with what its submission was found to lack. */
	public record Listed(ReportingEntity entity, List<Finding> ownFindings) {
	}

	private final SubmissionRules rules;

	private final Map<EntityRef, Listed> entities = new HashMap<>();

	public Portfolio(SubmissionRules rules) {
		this.rules = rules;
	}

	/** Adds one entity; called on one thread, as its file is read. */
	public void add(ReportingEntity entity) {
		List<Finding> own = entity.reportsPi() ? rules.assess(entity.submission()) : List.of();
		entities.put(entity.ref(), new Listed(entity.judged(), own));
	}

	public Collection<Listed> entities() {
		return entities.values();
	}

	public int size() {
		return entities.size();
	}
}
