package org.pireadiness.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reports show of the runs before this one: what changed since the previous, and the trend of the last
 * runs with this one last, for the whole run and for each TIN's page.
 *
 * @param trendByTin each TIN's points, from the runs that wrote a page per TIN, this run's last
 * @param restartedAfter the run of the reports in the output folder, when the job repository does not know it: the
 * history starts again, with no changes and this run's point only
 */
public record RunHistory(Changes changes, List<TrendPoint> trend, Map<String, List<TrendPoint>> trendByTin,
		Optional<PreviousRun> restartedAfter) {

	public RunHistory(Changes changes, List<TrendPoint> trend, Map<String, List<TrendPoint>> trendByTin) {
		this(changes, trend, trendByTin, Optional.empty());
	}

	/** The history of a run whose repository does not know the output folder's previous run: this run only. */
	public static RunHistory restarted(PreviousRun unknown, RunRecord now) {
		Map<String, List<TrendPoint>> byTin = new HashMap<>();
		now.byTin().forEach(tin -> byTin.put(tin.tin(),
				List.of(new TrendPoint(now.runId(), now.asOf(), tin.clinicians(), tin.entities()))));
		return new RunHistory(Changes.firstRun(), List.of(now.point()), byTin, Optional.of(unknown));
	}

	/** A TIN's trend; a TIN no earlier run listed has this run's point only. */
	public List<TrendPoint> trendOf(String tin) {
		return trendByTin.getOrDefault(tin, List.of());
	}
}
