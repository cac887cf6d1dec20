package org.pireadiness.propagation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.ScoreEstimate;
import org.pireadiness.rules.Warning;

/**
 * A reporting entity as the reports list it: its status, its findings, and the clinicians that depend on it.
 *
 * @param affectedClinicians the eligible clinician paths whose PI comes from it, directly or through a subgroup
 * @param clinicians the distinct eligible TIN/NPIs with a path through it
 * @param findings what puts it at risk; the reports show them for an entity at risk only
 * @param dataFrom the entity whose PI data it is judged by when that is another one (a subgroup's group), else
 * its own label
 * @param piData where its PI data came from ({@code export}), or empty when it reports none
 * @param fixBy for an entity at risk the earliest deadline among its reasons' (all must be fixed), else null
 * @param rescuableClinicians the at-risk TIN/NPIs with a path through it, directly or through a subgroup: fixing
 * it makes that path READY, and a TIN/NPI is READY as soon as one path is
 * @param estimate for a READY entity with measure data, its estimated PI score (contract v3 §9); else none
 */
public record EntityResult(EntityRef ref, String name, EntityStatus status, int affectedClinicians, int clinicians,
		List<Finding> findings, Set<Warning> warnings, String dataFrom, String piData, LocalDate fixBy,
		int rescuableClinicians, ScoreEstimate estimate) {

	/** The distinct reason codes, sorted, as reports write them. */
	public SortedSet<String> reasonCodes() {
		SortedSet<String> codes = new TreeSet<>();
		findings.forEach(finding -> codes.add(finding.label()));
		return codes;
	}
}
