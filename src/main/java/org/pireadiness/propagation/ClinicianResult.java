package org.pireadiness.propagation;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.pireadiness.rules.Finding;
import org.pireadiness.rules.Warning;

/**
 * The outcome for one TIN/NPI across all its paths.
 *
 * @param reasons for an AT_RISK clinician the union of its paths' findings, each with the source it comes from
 * (empty for the clinician's own individual submission); empty otherwise
 */
public record ClinicianResult(String tin, String npi, String lastName, String firstName, List<String> paths,
		ClinicianStatus status, List<SourcedFinding> reasons, SortedSet<String> inheritedFrom,
		SortedSet<Warning> warnings) {

	/** A finding with the label of the entity it was found on. */
	public record SourcedFinding(String source, Finding finding) {

		static final Comparator<SourcedFinding> ORDER = Comparator
			.comparing((SourcedFinding reason) -> reason.finding().label())
			.thenComparing(SourcedFinding::source)
			.thenComparing(reason -> reason.finding().specifics());

		public String text() {
			return source.isEmpty() ? finding.text() : source + ": " + finding.text();
		}
	}

	/** The distinct reason codes, sorted, as reports write them ({@code CODE} or {@code CODE:MEASURE}). */
	public SortedSet<String> reasonCodes() {
		SortedSet<String> codes = new TreeSet<>();
		reasons.forEach(reason -> codes.add(reason.finding().label()));
		return codes;
	}
}
