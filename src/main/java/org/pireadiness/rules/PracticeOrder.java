package org.pireadiness.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders practice ids as the guide does: {@code 1.2} before {@code 1.10}, numbers compared as numbers. */
final class PracticeOrder implements Comparator<String> {

	static final PracticeOrder INSTANCE = new PracticeOrder();

	@Override
	public int compare(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int order = isNumber(left[i]) && isNumber(right[i])
					? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i])) : left[i].compareTo(right[i]);
			if (order != 0) {
				return order;
			}
		}
		return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
	}

	/** The practices, the first {@code shown} of them and how many more. */
	static String list(Collection<String> practices, int shown) {
		List<String> first = practices.stream().limit(shown).toList();
		String more = practices.size() > first.size() ? " and " + (practices.size() - first.size()) + " more" : "";
		return String.join(", ", first) + more;
	}

	private static boolean isNumber(String part) {
		return !part.isEmpty() && part.length() < 18 && part.chars().allMatch(Character::isDigit);
	}
}
