package org.pireadiness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.pireadiness.history.TrendPoint;

/**
 * The trend of {@code report.html} as inline SVG (contract §8.4): clinicians and entities at risk over the last
 * runs, oldest first, each in its own panel with its own scale, as the two counts differ by orders of magnitude.
 *
 * @param first the as-of date of the oldest run shown
 * @param last this run's as-of date
 * @param width the SVG's width: both panels side by side, with the gap between them
 */
record TrendChart(List<Panel> panels, int runs, String first, String last, int width, int height) {

	static final int WIDTH = 360;

	static final int HEIGHT = 150;

	private static final int LEFT = 56;

	private static final int RIGHT = 16;

	private static final int TOP = 28;

	private static final int BOTTOM = 24;

	/**
	 * One count's line: its plot area, its points for a {@code polyline}, a dot per run with its tooltip, and the
	 * scale's top.
	 */
	record Panel(String title, int left, int right, int top, int bottom, String points, List<Dot> dots, long max,
			long latest) {
	}

	/** @param label the run's as-of date and count, as the tooltip shows them */
	record Dot(int x, int y, String label) {
	}

	static TrendChart of(List<TrendPoint> trend) {
		List<Panel> panels = List.of(panel("Clinicians at risk", 0, trend, TrendPoint::atRiskClinicians),
				panel("Entities at risk", WIDTH + 20, trend, TrendPoint::atRiskEntities));
		return new TrendChart(panels, trend.size(), trend.isEmpty() ? "" : trend.get(0).asOf().toString(),
				trend.isEmpty() ? "" : trend.get(trend.size() - 1).asOf().toString(), 2 * WIDTH + 20, HEIGHT);
	}

	private static Panel panel(String title, int x, List<TrendPoint> trend, ToIntFunction<TrendPoint> count) {
		long max = Math.max(1, trend.stream().mapToInt(count).max().orElse(1));
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		List<Dot> dots = new ArrayList<>();
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < trend.size(); i++) {
			TrendPoint point = trend.get(i);
			int dotX = x + LEFT + (trend.size() == 1 ? plotWidth / 2 : (int) Math.round(i * plotWidth / (trend.size() - 1.0)));
			int dotY = TOP + plotHeight - (int) Math.round(count.applyAsInt(point) * (double) plotHeight / max);
			dots.add(new Dot(dotX, dotY, point.asOf() + ": " + String.format("%,d", count.applyAsInt(point))));
			points.append(i == 0 ? "" : " ").append(dotX).append(',').append(dotY);
		}
		long latest = trend.isEmpty() ? 0 : count.applyAsInt(trend.get(trend.size() - 1));
		return new Panel(title, x + LEFT, x + WIDTH - RIGHT, TOP, TOP + plotHeight, points.toString(), dots, max, latest);
	}
}
