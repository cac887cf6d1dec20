package org.pireadiness.intake;

import org.junit.jupiter.api.Test;

import org.pireadiness.Npis;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.TinNpi;

import static org.assertj.core.api.Assertions.assertThat;

/** A second row for a TIN/NPI and path is found with the first one's line, and only then: the key is exact. */
class PathRegisterTest {

	private static final long CLINICIAN = TinNpi.key("123456789", Npis.nth(1));

	@Test
	void manyPathsOfOneClinicianAreEachTheirOwn() {
		var register = new PathRegister(16);
		for (int i = 0; i < 10_000; i++) {
			assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-" + i), i + 2)).isEqualTo(-1);
		}
		for (int i = 0; i < 10_000; i++) {
			assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-" + i), 20_000 + i))
				.isEqualTo(i + 2);
		}
		// a repeat leaves the clinician's paths as they were: a new one is still new once, and every old one still there
		assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-new"), 30_000)).isEqualTo(-1);
		assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-new"), 30_001)).isEqualTo(30_000);
		assertThat(register.has(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-0"))).isTrue();
		assertThat(register.has(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "VG-9999"))).isTrue();
	}

	@Test
	void theSameIdUnderAnotherTypeOrAnotherClinicianIsAnotherPath() {
		var register = new PathRegister(16);
		assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.VIRTUAL_GROUP, "X1"), 2)).isEqualTo(-1);
		assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.APM_ENTITY, "X1"), 3)).isEqualTo(-1);
		assertThat(register.register(CLINICIAN, EntityRef.group("123456789"), 4)).isEqualTo(-1);
		assertThat(register.register(CLINICIAN, EntityRef.individual("123456789", Npis.nth(1)), 5)).isEqualTo(-1);
		long other = TinNpi.key("123456789", Npis.nth(2));
		assertThat(register.register(other, EntityRef.of(EntityType.VIRTUAL_GROUP, "X1"), 6)).isEqualTo(-1);

		assertThat(register.register(CLINICIAN, EntityRef.of(EntityType.APM_ENTITY, "X1"), 7)).isEqualTo(3);
		assertThat(register.register(CLINICIAN, EntityRef.group("123456789"), 8)).isEqualTo(4);
		assertThat(register.register(other, EntityRef.of(EntityType.VIRTUAL_GROUP, "X1"), 9)).isEqualTo(6);
	}
}
