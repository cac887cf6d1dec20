package org.pireadiness.rules;

import java.util.List;

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
public record PointsTable(List<MeasurePoints> measures, Bonus bonus,
		@DefaultValue List<String> creditWhenReported, @DefaultValue List<Edge> redistribution) {

	public PointsTable {
		Required.notEmpty("measures", measures);
		Required.present("bonus", bonus);
	}

	/** A measure's points at its maximum (a fraction as CMS writes it, e.g. 12.5). */
	public record MeasurePoints(String measure, double points, Confidence confidence) {

		public MeasurePoints {
			Required.notEmpty("measure", measure);
			Required.atLeast("points", points, 0);
			Required.present("confidence", confidence);
		}
	}

	public record Bonus(double points, List<BonusMeasure> measures) {

		public Bonus {
			Required.atLeast("points", points, 0);
			Required.notEmpty("measures", measures);
		}
	}

	public record BonusMeasure(String measure, Confidence confidence) {

		public BonusMeasure {
			Required.notEmpty("measure", measure);
			Required.present("confidence", confidence);
		}
	}

	/**
	 * When every measure of {@code excluded} has an exclusion claimed and none of {@code unlessExcluded} has, their
	 * points at their maximum go to {@code to}: a measure, or {@link #HIE_OBJECTIVE} (half to each of {@code PI_HIE_1}
	 * and {@code PI_HIE_4} under option 1, all to {@code PI_HIE_5} or {@code PI_HIE_6} under options 2 and 3).
	 */
	public record Edge(List<String> excluded, @DefaultValue List<String> unlessExcluded, String to,
			Confidence confidence) {

		public static final String HIE_OBJECTIVE = "HIE_OBJECTIVE";

		public Edge {
			Required.notEmpty("excluded", excluded);
			Required.notEmpty("to", to);
			Required.present("confidence", confidence);
		}
	}
}
