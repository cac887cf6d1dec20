package org.pireadiness.rules;

import java.util.regex.Pattern;

/**
 * A form a CMS EHR Certification ID takes, by the name a year's rules accept it by (contract §5.2).
 *
 * @param name how the years' rules and the reasons call it, e.g. {@code XX15C}
 * @param prefix the regular expression of the form's first five characters
 * @param tail the regular expression of the ten characters after them (CHPL's generator alphabet)
 * @param lastYear the last performance year the form is the current one: an ID of it is of an earlier year's form
 * after that
 */
public record CehrtIdForm(String name, String prefix, String tail, int lastYear) {

	public CehrtIdForm {
		Required.notEmpty("name", name);
		Required.notEmpty("prefix", prefix);
		Required.notEmpty("tail", tail);
		Required.atLeast("last-year", lastYear, 2015);
	}

	/** The expression an ID of this form matches whole. */
	public Pattern pattern() {
		return Pattern.compile("^" + prefix + tail + "$");
	}
}
