package org.pireadiness.portfolio;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The map answers as a HashMap would, whether it was sized for its keys, for too few, or for too many. */
class LongIntMapTest {

	@ParameterizedTest
	@ValueSource(ints = { 0, 1_000, 99_999, 150_001 })
	void answersAsAHashMapWouldWhateverSizeItWasToldToExpect(int expectedKeys) {
		var map = new LongIntMap(expectedKeys);
		Map<Long, Integer> oracle = new HashMap<>();
		SplittableRandom random = new SplittableRandom(7);
		long[] used = new long[200_000];
		for (int i = 0; i < used.length; i++) {
			// every other key repeats an earlier one; keys reach the sign bit, as TINs from 536870912 do
			long key = i % 2 == 0 ? random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE) & ~1L : used[random.nextInt(i)];
			used[i] = key;
			if (i % 5 == 0) {
				map.put(key, i);
				oracle.put(key, i);
			}
			else {
				assertThat(map.putIfAbsent(key, i)).isEqualTo(oracle.getOrDefault(key, -1));
				oracle.putIfAbsent(key, i);
			}
		}
		assertThat(map.size()).isEqualTo(oracle.size());
		oracle.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
		assertThat(map.get(1L)).isEqualTo(-1);
		assertThat(map.sortedKeys()).hasSize(oracle.size());
	}
}
