package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * What one entity's checklist rows add up to, kept small because a national portfolio has hundreds of thousands
 * of entities and the book lives until the reports: the latest date of any row, the editions used in the year
 * (by their number in the book, in the order first seen), and per accepted edition which practices have an
 * answer. While the file is read each practice's latest date is kept too, so the latest answer wins; the sealed
 * book keeps none of this, only what it comes to.
 */
final class EntityChecklist {

	private static final byte[] NONE = new byte[0];

	private int latestDay = Integer.MIN_VALUE;

	private byte[] editionsInYear = NONE;

	private EditionAnswers accepted;

	/** @param unrecognised the number of the answer's unrecognised status in the book (contract v3 §3.3), or 0 */
	void add(LocalDate assessedOn, int edition, int practice, boolean answered, int unrecognised, boolean inYear,
			boolean isAccepted) {
		int day = (int) assessedOn.toEpochDay();
		latestDay = Math.max(latestDay, day);
		if (!inYear) {
			return;
		}
		if (!usedInYear(edition)) {
			editionsInYear = Arrays.copyOf(editionsInYear, editionsInYear.length + 1);
			editionsInYear[editionsInYear.length - 1] = (byte) edition;
		}
		if (isAccepted) {
			answersFor(edition).add(practice, day, answered, unrecognised);
		}
	}

	private boolean usedInYear(int edition) {
		for (byte used : editionsInYear) {
			if (used == edition) {
				return true;
			}
		}
		return false;
	}

	private EditionAnswers answersFor(int edition) {
		EditionAnswers last = null;
		for (EditionAnswers answers = accepted; answers != null; answers = answers.next) {
			if (answers.edition == edition) {
				return answers;
			}
			last = answers;
		}
		EditionAnswers added = new EditionAnswers(edition);
		if (last == null) {
			accepted = added;
		}
		else {
			last.next = added;
		}
		return added;
	}

	int latestDay() {
		return latestDay;
	}

	boolean anyInYear() {
		return editionsInYear.length > 0;
	}

	/** The numbers of the editions used in the year, in the order first seen. */
	byte[] editionsInYear() {
		return editionsInYear;
	}

	/** The answers of the first accepted edition used in the year, or null; the rest follow by {@code next}. */
	EditionAnswers acceptedEditions() {
		return accepted;
	}

	/** Which practices of one edition have an answer; the latest row per practice counts, on a tie the later one. */
	static final class EditionAnswers {

		final int edition;

		EditionAnswers next;

		private long[] answered = new long[1];

		private int[] days = new int[0];

		/** Each practice's latest answer's unrecognised status number; none until one is seen, as they are rare. */
		private int[] unrecognised;

		EditionAnswers(int edition) {
			this.edition = edition;
		}

		void add(int practice, int day, boolean isAnswer, int status) {
			if (practice >= days.length) {
				days = Arrays.copyOf(days, Math.max(practice + 1, days.length + 8));
				answered = Arrays.copyOf(answered, Math.max(answered.length, (practice >> 6) + 1));
			}
			if (days[practice] == 0 || day >= days[practice]) {
				days[practice] = day;
				if (status != 0 && (unrecognised == null || unrecognised.length < days.length)) {
					unrecognised = unrecognised == null ? new int[days.length] : Arrays.copyOf(unrecognised, days.length);
				}
				if (unrecognised != null && practice < unrecognised.length) {
					unrecognised[practice] = status;
				}
				if (isAnswer) {
					answered[practice >> 6] |= 1L << practice;
				}
				else {
					answered[practice >> 6] &= ~(1L << practice);
				}
			}
		}

		/** The numbers of the unrecognised statuses of the latest answers, 0 for none, into the set. */
		void unrecognisedStatuses(Set<Integer> into) {
			if (unrecognised != null) {
				for (int status : unrecognised) {
					if (status != 0) {
						into.add(status);
					}
				}
			}
		}

		boolean isAnswered(int practice) {
			return practice >= 0 && (practice >> 6) < answered.length && (answered[practice >> 6] & 1L << practice) != 0;
		}
	}
}
