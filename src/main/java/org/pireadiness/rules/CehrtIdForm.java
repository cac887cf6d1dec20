package org.pireadiness.rules;

import jakarta.validation.constraints.NotEmpty;

/**
 * A form a CMS EHR Certification ID takes, by the name a year's rules accept it by (contract §5.2).
 *
 * @param name how the years' rules and the reasons call it, e.g. {@code XX15C}
 * @param pattern the regular expression an ID of this form matches whole
 */
public record CehrtIdForm(@NotEmpty String name, @NotEmpty String pattern) {
}
