package org.pireadiness.propagation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.Warning;

/**
 * The outcome for one TIN/NPI across all its paths. Kept lean, as a national run holds a million of them: the
 * TIN/NPI as its packed key, the paths as shared entity references, names and reasons only when at risk.
 *
 * @param reasons for an AT_RISK clinician the union of its paths' findings, each with the source it comes from
 * (empty for the clinician's own individual submission); empty otherwise
 * @param fixBy for an AT_RISK clinician the latest of its paths' fix-by dates (fixing any one path rescues it),
 * else null
 * @param estimatedScore for a READY clinician the highest estimated PI score of its READY paths' sources, -1 when
 * none has one; for an AT_RISK clinician 0; else -1
 */
public record ClinicianResult(long tinNpi, String lastName, String firstName, List<EntityRef> pathRefs,
		ClinicianStatus status, List<SourcedFinding> reasons, SortedSet<String> inheritedFrom,
		SortedSet<Warning> warnings, LocalDate fixBy, int estimatedScore) {

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

	public String tin() {
		return TinNpi.tin(tinNpi);
	}

	public String npi() {
		return TinNpi.npi(tinNpi);
	}

	/** {@code LEVEL:ENTITY_ID} of each path, sorted. */
	public List<String> paths() {
		if (pathRefs.size() == 1) {
			return List.of(pathRefs.get(0).label());
		}
		SortedSet<String> labels = new TreeSet<>();
		pathRefs.forEach(path -> labels.add(path.label()));
		return List.copyOf(labels);
	}

	/** The distinct reason codes, sorted, as reports write them ({@code CODE} or {@code CODE:MEASURE}). */
	public SortedSet<String> reasonCodes() {
		if (reasons.isEmpty()) {
			return Collections.emptySortedSet();
		}
		SortedSet<String> codes = new TreeSet<>();
		reasons.forEach(reason -> codes.add(reason.finding().label()));
		return codes;
	}
}
