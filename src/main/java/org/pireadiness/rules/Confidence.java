package org.pireadiness.rules;

/**
 * How sure a rule's value is (the domain notes' scale): read in a primary CMS/ONC source or seen in CMS's own
 * published scores; from secondary sources or implied; not verified, a setting to override. Declared from the
 * surest, so the least sure of several is the one with the highest ordinal.
 */
public enum Confidence {

	HIGH, MEDIUM, UNCONFIRMED;

	/** The less sure of the two. */
	public Confidence atMost(Confidence other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
