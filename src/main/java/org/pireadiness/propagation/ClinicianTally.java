package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.pireadiness.rules.Warning;

/**
 * Folds the paths of one TIN/NPI into its best status, keeping the at-risk paths only while no path is better.
 */
final class ClinicianTally {

	private final String tin;

	private final String npi;

	private String lastName = "";

	private String firstName = "";

	private final List<String> paths = new ArrayList<>(2);

	private ClinicianStatus best;

	private List<PathOutcome> atRiskPaths = new ArrayList<>(2);

	ClinicianTally(String tin, String npi) {
		this.tin = tin;
		this.npi = npi;
	}

	void add(PathOutcome outcome) {
		paths.add(outcome.row().pathLabel());
		if (lastName.isEmpty() && firstName.isEmpty()) {
			lastName = outcome.row().lastName();
			firstName = outcome.row().firstName();
		}
		best = best == null ? outcome.status() : best.better(outcome.status());
		if (best != ClinicianStatus.AT_RISK) {
			atRiskPaths = List.of();
		}
		else {
			atRiskPaths.add(outcome);
		}
	}

	ClinicianResult result() {
		Set<ClinicianResult.SourcedFinding> reasons = new LinkedHashSet<>();
		TreeSet<String> inheritedFrom = new TreeSet<>();
		TreeSet<Warning> warnings = new TreeSet<>();
		for (PathOutcome path : atRiskPaths) {
			String from = path.inheritedFrom();
			path.source().findings().forEach(finding -> reasons.add(new ClinicianResult.SourcedFinding(from, finding)));
			if (!from.isEmpty()) {
				inheritedFrom.add(from);
			}
			warnings.addAll(path.source().warnings());
		}
		List<String> sortedPaths = paths.stream().distinct().sorted().toList();
		return new ClinicianResult(tin, npi, lastName, firstName, sortedPaths, best,
				reasons.stream().sorted(ClinicianResult.SourcedFinding.ORDER).toList(),
				inheritedFrom, warnings);
	}
}
