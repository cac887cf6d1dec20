package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.List;

/**
 * The at-risk paths of a TIN/NPI that has no better path, as the clinician book keeps them: one path as itself,
 * as most have, several in a list.
 */
sealed interface AtRiskPaths permits AtRiskPath, AtRiskPaths.Several {

	/** Two or more at-risk paths, in file order. */
	record Several(List<AtRiskPath> paths) implements AtRiskPaths {

		@Override
		public List<AtRiskPath> list() {
			return paths;
		}
	}

	List<AtRiskPath> list();

	/** These paths and one more. */
	static AtRiskPaths with(AtRiskPaths current, AtRiskPath path) {
		if (current == null) {
			return path;
		}
		List<AtRiskPath> more = new ArrayList<>(current.list());
		more.add(path);
		return new Several(more);
	}
}
