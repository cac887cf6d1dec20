package org.pireadiness.propagation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pireadiness.portfolio.EntityRef;

/**
 * The refused submissions that name no entity the portfolio knows (contract §7.4): those whose entity cannot be told
 * from the file (a file that cannot be parsed, an unknown type, a bad TIN or NPI), and those whose entity is found
 * nowhere else. Their rejected rows stand; they put nobody at risk, so the reports count them.
 *
 * @param submissions how many
 * @param files the files that hold them, in name order
 */
public record UnattributedSubmissions(int submissions, List<String> files) {

	/**
	 * @param fromIntake the refused submissions whose entity cannot be told, by file
	 */
	public static UnattributedSubmissions of(SubmissionBook submissions, PiSources sources, ClinicianBook clinicians,
			Map<String, Integer> fromIntake) {
		Map<String, Integer> byFile = new TreeMap<>(fromIntake);
		for (EntityRef ref : submissions.entities()) {
			if (!sources.knows(ref, clinicians)) {
				submissions.of(ref).refusals().forEach(refusal -> byFile.merge(refusal.file(), 1, Integer::sum));
			}
		}
		return new UnattributedSubmissions(byFile.values().stream().mapToInt(Integer::intValue).sum(),
				List.copyOf(byFile.keySet()));
	}
}
