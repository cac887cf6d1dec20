package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.EntityRef;

/**
 * The paths of one TIN/NPI as the clinician book keeps them. Most TIN/NPIs have one path, kept as itself; a
 * national file holds a million and more of these.
 */
sealed interface PathSet permits PathSet.OwnSubmission, NamedEntity, PathSet.Several {

	/** The TIN/NPI's own INDIVIDUAL path, which its key names: a third of a national file's paths. */
	enum OwnSubmission implements PathSet {
		PATH;

		@Override
		public List<EntityRef> refs(long tinNpi) {
			return new OwnPath(tinNpi);
		}

		@Override
		public void named(Set<NamedEntity> into) {
			// an own submission is no entity's
		}
	}

	/** Two or more paths, each an own submission or a named entity, in the order first seen. */
	record Several(List<PathSet> paths) implements PathSet {

		@Override
		public List<EntityRef> refs(long tinNpi) {
			List<EntityRef> refs = new ArrayList<>(paths.size());
			paths.forEach(path -> refs.add(path.refs(tinNpi).get(0)));
			return List.copyOf(refs);
		}

		@Override
		public void named(Set<NamedEntity> into) {
			paths.forEach(path -> path.named(into));
		}
	}

	/** The paths as a result lists them, without building anything for the usual single path. */
	List<EntityRef> refs(long tinNpi);

	/** Adds the entities these paths go through, a subgroup's group too. */
	void named(Set<NamedEntity> into);

	/** These paths and one more (the same set when it is one of them). */
	static PathSet with(PathSet current, PathSet path) {
		if (current == null) {
			return path;
		}
		List<PathSet> known = current instanceof Several several ? several.paths() : List.of(current);
		if (known.contains(path)) {
			return current;
		}
		List<PathSet> more = new ArrayList<>(known);
		more.add(path);
		return new Several(List.copyOf(more));
	}
}
