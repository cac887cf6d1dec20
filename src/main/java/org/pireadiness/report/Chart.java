package org.pireadiness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A horizontal bar chart as {@code report.html} draws it in inline SVG: the largest counts, most first. */
record Chart(String title, int height, List<Chart.Bar> bars) {

	static final int BAR_SPACE = 420;

	static final int ROW = 24;

	/** One bar. */
	record Bar(String label, long value, int y, int width) {
	}

	static Chart of(String title, Map<String, Long> counts, int most) {
		return bars(title, counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(most)
			.toList());
	}

	/** The counts as bars in their map's order, each one drawn even when it is 0 (bands of a distribution). */
	static Chart inOrder(String title, Map<String, Long> counts) {
		return bars(title, List.copyOf(counts.entrySet()));
	}

	private static Chart bars(String title, List<Map.Entry<String, Long>> top) {
		long max = top.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			long value = top.get(i).getValue();
			bars.add(new Bar(top.get(i).getKey(), value, i * ROW,
					(int) Math.max(value == 0 ? 0 : 1, Math.round(value * BAR_SPACE / (double) Math.max(1, max)))));
		}
		return new Chart(title, Math.max(ROW, bars.size() * ROW), bars);
	}
}
