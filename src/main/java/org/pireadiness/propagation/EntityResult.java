package org.pireadiness.propagation;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.Warning;

/**
 * A reporting entity at risk of a zero PI score, with how many clinician paths depend on it.
 *
 * @param dataFrom the entity whose PI data it is judged by when that is another one (a subgroup's group), else
 * its own label
 */
public record EntityResult(EntityRef ref, String name, int affectedClinicians, List<Finding> findings,
		Set<Warning> warnings, String dataFrom) {

	/** The distinct reason codes, sorted, as reports write them. */
	public SortedSet<String> reasonCodes() {
		SortedSet<String> codes = new TreeSet<>();
		findings.forEach(finding -> codes.add(finding.label()));
		return codes;
	}
}
