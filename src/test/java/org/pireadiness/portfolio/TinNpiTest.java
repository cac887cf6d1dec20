package org.pireadiness.portfolio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TinNpiTest {

	@Test
	void aKeyGivesBackItsTinAndNpiWithLeadingZeros() {
		long key = TinNpi.key("000123456", "1234567893");
		assertThat(TinNpi.tin(key)).isEqualTo("000123456");
		assertThat(TinNpi.npi(key)).isEqualTo("1234567893");
		long largest = TinNpi.key("999999999", "9999999999");
		assertThat(TinNpi.tin(largest)).isEqualTo("999999999");
		assertThat(TinNpi.npi(largest)).isEqualTo("9999999999");
	}

	@Test
	void keysSortByTinThenNpiAcrossTheSignBitWithTheirValues() {
		var map = TinNpi.map(16);
		String[][] pairs = { { "900000000", "1000000004" }, { "100000000", "2000000008" }, { "536870912", "1000000004" },
				{ "100000000", "1000000004" } };
		for (int i = 0; i < 5_000; i++) {
			map.putIfAbsent(TinNpi.key(String.format("%09d", 200_000_000 + i), "1234567893"), i);
		}
		for (String[] pair : pairs) {
			map.putIfAbsent(TinNpi.key(pair[0], pair[1]), 9);
		}
		TinNpi.Ordered ordered = TinNpi.inKeyOrder(map);
		long[] sorted = ordered.keys();
		assertThat(sorted).hasSize(5_004);
		assertThat(ordered.values()).hasSize(5_004);
		assertThat(TinNpi.tin(sorted[0]) + "/" + TinNpi.npi(sorted[0])).isEqualTo("100000000/1000000004");
		assertThat(TinNpi.tin(sorted[1]) + "/" + TinNpi.npi(sorted[1])).isEqualTo("100000000/2000000008");
		assertThat(TinNpi.tin(sorted[5_002])).isEqualTo("536870912");
		assertThat(TinNpi.tin(sorted[5_003])).isEqualTo("900000000");
		// each key keeps its own value: the generated TINs come in their order, after the two of TIN 100000000
		for (int i = 0; i < 5_000; i++) {
			assertThat(ordered.values()[i + 2]).isEqualTo(i);
		}
		assertThat(ordered.values()[0]).isEqualTo(9);
		assertThat(map.get(TinNpi.key("200004999", "1234567893"))).isEqualTo(4_999);
		assertThat(map.get(TinNpi.key("200005000", "1234567893"))).isEqualTo(-1);
	}
}
