package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one entity's checklist rows add up to, kept small because a national portfolio has hundreds of thousands
 * of entities: the latest date of any row, the editions used in the year, and per accepted edition the latest
 * answer of each practice (by practice number in the edition's {@link PracticeIndex}).
 */
final class EntityChecklist {

	private LocalDate latest;

	private final List<String> editionsInYear = new ArrayList<>(2);

	private final Map<String, EditionAnswers> acceptedEditions = new LinkedHashMap<>(2);

	void add(LocalDate assessedOn, String edition, int practice, boolean answered, PerformanceYear year) {
		if (latest == null || assessedOn.isAfter(latest)) {
			latest = assessedOn;
		}
		if (!year.contains(assessedOn)) {
			return;
		}
		if (!editionsInYear.contains(edition)) {
			editionsInYear.add(edition);
		}
		if (year.rules().acceptedGuideEditions().contains(edition)) {
			acceptedEditions.computeIfAbsent(edition, e -> new EditionAnswers()).add(practice, assessedOn, answered);
		}
	}

	LocalDate latest() {
		return latest;
	}

	boolean anyInYear() {
		return !editionsInYear.isEmpty();
	}

	List<String> editionsInYear() {
		return editionsInYear;
	}

	Map<String, EditionAnswers> acceptedEditions() {
		return acceptedEditions;
	}

	/** The latest answer per practice; on the same date the later row wins. */
	static final class EditionAnswers {

		private int[] days = new int[0];

		private boolean[] answered = new boolean[0];

		void add(int practice, LocalDate assessedOn, boolean isAnswer) {
			if (practice >= days.length) {
				int size = Math.max(practice + 1, days.length * 2);
				days = Arrays.copyOf(days, size);
				answered = Arrays.copyOf(answered, size);
			}
			int day = (int) assessedOn.toEpochDay();
			if (days[practice] == 0 || day >= days[practice]) {
				days[practice] = day;
				answered[practice] = isAnswer;
			}
		}

		boolean isAnswered(int practice) {
			return practice >= 0 && practice < answered.length && answered[practice];
		}
	}
}
