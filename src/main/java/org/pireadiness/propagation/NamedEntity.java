package org.pireadiness.propagation;

import java.util.List;

import org.pireadiness.portfolio.EntityRef;

/**
 * An entity that clinician paths name (other than a TIN/NPI's own individual submission): one shared reference for
 * all of them, and how many eligible paths depend on it. Its identity is the entity's: the book makes one each.
 */
final class NamedEntity implements PathSet {

	final EntityRef ref;

	/** The entity as the path list of the many TIN/NPIs that have it as their one path. */
	private final List<EntityRef> asList;

	int dependents;

	NamedEntity(EntityRef ref) {
		this.ref = ref;
		this.asList = List.of(ref);
	}

	@Override
	public List<EntityRef> refs(long tinNpi) {
		return asList;
	}
}
