package org.pireadiness.propagation;

import java.util.List;
import java.util.Set;

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

	/** For a subgroup, the group whose PI data its paths take; null otherwise, or when it is not listed. */
	NamedEntity through;

	/** The distinct eligible TIN/NPIs with a path through the entity, counted once the book is closed. */
	int clinicians;

	/** Those of them at risk, counted with them. */
	int rescuable;

	NamedEntity(EntityRef ref) {
		this.ref = ref;
		this.asList = List.of(ref);
	}

	@Override
	public List<EntityRef> refs(long tinNpi) {
		return asList;
	}

	@Override
	public void named(Set<NamedEntity> into) {
		into.add(this);
		if (through != null) {
			into.add(through);
		}
	}
}
