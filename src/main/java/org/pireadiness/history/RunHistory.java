package org.pireadiness.history;

import java.util.List;
import java.util.Map;

/**
 * What the reports show of the runs before this one: what changed since the previous, and the trend of the last
 * runs with this one last, for the whole run and for each TIN's page.
 *
 * @param trendByTin each TIN's points, from the runs that wrote a page per TIN, this run's last
 */
public record RunHistory(Changes changes, List<TrendPoint> trend, Map<String, List<TrendPoint>> trendByTin) {

	/** A TIN's trend; a TIN no earlier run listed has this run's point only. */
	public List<TrendPoint> trendOf(String tin) {
		return trendByTin.getOrDefault(tin, List.of());
	}
}
