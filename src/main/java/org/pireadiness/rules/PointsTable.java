package org.pireadiness.rules;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A performance year's PI points (contract v3 §9.1): one table of data in the year rules, each value with how sure it
 * is, each overridable like every rule. A new year is a new table, not code.
 *
 * @param measures the points each measure earns at its maximum
 * @param bonus the public health bonus: its points, once, for any of its measures met
 * @param creditWhenReported measures that earn their points for YES, NO or an exclusion (2025's electronic case
 * reporting)
 * @param redistribution where an excluded measure's points go, edge by edge
 */
public record PointsTable(@NotEmpty List<@Valid MeasurePoints> measures, @NotNull @Valid Bonus bonus,
		@DefaultValue List<String> creditWhenReported, @DefaultValue List<@Valid Edge> redistribution) {

	/** A measure's points at its maximum (a fraction as CMS writes it, e.g. 12.5). */
	public record MeasurePoints(@NotEmpty String measure, @DecimalMin("0") double points, @NotNull Confidence confidence) {
	}

	public record Bonus(@DecimalMin("0") double points, @NotEmpty List<@Valid BonusMeasure> measures) {
	}

	public record BonusMeasure(@NotEmpty String measure, @NotNull Confidence confidence) {
	}

	/**
	 * When every measure of {@code excluded} has an exclusion claimed and none of {@code unlessExcluded} has, their
	 * points at their maximum go to {@code to}: a measure, or {@link #HIE_OBJECTIVE} (half to each of {@code PI_HIE_1}
	 * and {@code PI_HIE_4} under option 1, all to {@code PI_HIE_5} or {@code PI_HIE_6} under options 2 and 3).
	 */
	public record Edge(@NotEmpty List<String> excluded, @DefaultValue List<String> unlessExcluded, @NotEmpty String to,
			@NotNull Confidence confidence) {

		public static final String HIE_OBJECTIVE = "HIE_OBJECTIVE";
	}
}
