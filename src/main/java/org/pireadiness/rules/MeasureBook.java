package org.pireadiness.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;

/**
 * The rows of {@code pi_measures.csv} by entity, and the rules they are judged by. When the file is not given,
 * measure checks are skipped: every entity gets no measure finding.
 */
public final class MeasureBook {

	private final MeasureRules rules;

	private final Map<EntityRef, Map<String, MeasureAnswer>> byEntity = new HashMap<>();

	private MeasureBook(MeasureRules rules) {
		this.rules = rules;
	}

	public static MeasureBook skipped() {
		return new MeasureBook(null);
	}

	public static MeasureBook checkedBy(MeasureRules rules) {
		return new MeasureBook(rules);
	}

	public boolean checked() {
		return rules != null;
	}

	public void add(MeasureAnswer answer) {
		byEntity.computeIfAbsent(answer.entity(), entity -> new HashMap<>()).put(answer.measureId(), answer);
	}

	/** The measure findings of an entity that reports PI; none when the checks are skipped. */
	public List<Finding> findings(EntityRef entity) {
		return checked() ? rules.assess(byEntity.getOrDefault(entity, Map.of())) : List.of();
	}
}
