package org.pireadiness.propagation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.Warning;

/** Builds one TIN/NPI's result from its best status, its paths and, when at risk, its at-risk paths. */
final class ClinicianTally {

	private ClinicianTally() {
	}

	/**
	 * @param bestPathWarnings the warnings of the sources of the paths that gave a clinician not at risk its status
	 * @param sourceWarnings the warnings of an at-risk path's source
	 * @param calendar by when each path's fix is due; a clinician whose fix-by date has passed is warned
	 * @param readyEstimate the highest estimated score of a READY clinician's READY paths' sources, or -1
	 */
	static ClinicianResult result(long tinNpi, ClinicianStatus status, List<EntityRef> paths,
			List<AtRiskPath> atRiskPaths, SortedSet<Warning> bestPathWarnings, SourceWarnings sourceWarnings,
			ReadinessCalendar calendar, int readyEstimate) {
		if (status != ClinicianStatus.AT_RISK) {
			return new ClinicianResult(tinNpi, "", "", paths, status, List.of(), Collections.emptySortedSet(),
					bestPathWarnings, null, status == ClinicianStatus.READY ? readyEstimate : -1);
		}
		String lastName = "";
		String firstName = "";
		Set<ClinicianResult.SourcedFinding> reasons = new LinkedHashSet<>();
		SortedSet<String> inheritedFrom = Collections.emptySortedSet();
		short warnings = 0;
		LocalDate fixBy = null;
		for (AtRiskPath path : atRiskPaths) {
			// any one path fixed rescues the clinician, so the latest of the paths' dates
			LocalDate pathFixBy = calendar.fixBy(path.source().findings());
			fixBy = fixBy == null || pathFixBy.isAfter(fixBy) ? pathFixBy : fixBy;
			if (lastName.isEmpty() && firstName.isEmpty()) {
				lastName = path.lastName();
				firstName = path.firstName();
			}
			String from = path.inheritedFromLabel();
			path.source().findings().forEach(finding -> reasons.add(new ClinicianResult.SourcedFinding(from, finding)));
			if (!from.isEmpty()) {
				inheritedFrom = inheritedFrom.isEmpty() ? new TreeSet<>() : inheritedFrom;
				inheritedFrom.add(from);
			}
			warnings |= WarningSets.mask(sourceWarnings.of(path.source()));
		}
		if (calendar.passed(fixBy)) {
			warnings |= WarningSets.mask(Warning.DEADLINE_PASSED);
		}
		return new ClinicianResult(tinNpi, lastName, firstName, paths, status,
				reasons.stream().sorted(ClinicianResult.SourcedFinding.ORDER).toList(), inheritedFrom,
				WarningSets.of(warnings), fixBy, 0);
	}
}
