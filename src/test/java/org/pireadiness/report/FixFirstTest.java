package org.pireadiness.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pireadiness.Npis;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.EntityStatus;
import org.pireadiness.propagation.UnattributedSubmissions;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.ScoreEstimate;
import org.pireadiness.rules.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract §8.3: the entities at risk by how many each rescues, and the running total, rounded half up. */
class FixFirstTest {

	@ParameterizedTest
	@CsvSource({ "1, 8, 13", "3, 8, 38", "1, 3, 33", "2, 3, 67", "1, 200, 1", "1, 201, 0", "4, 4, 100", "0, 0, 0",
			"176281, 176282, 100", "88141, 176282, 50" })
	void percentHalfUp(int rescued, int atRisk, int percent) {
		assertThat(FixFirst.percent(rescued, atRisk)).isEqualTo(percent);
	}

	/**
	 * 25 groups at risk, 10000000i: group i has 1 + i % 5 clinicians at risk, its own, and must be fixed by 2025-12-01
	 * when i is odd, by 2025-12-31 when even. By count, then the earlier fix-by, then the id: 9, 19 (5, odd), 4, 14, 24
	 * (5, even), 3, 13, 23, 8, 18 (4), 7, 17, 2, 12, 22 (3), 1, 11, 21, 6, 16 (2); the five with one clinician are not
	 * among the first 20. Every clinician has one path, so the running total adds each row's count: 5, 10, ... 70 of 75.
	 */
	@Test
	void theFirstTwentyAreThoseOfTheWholeOrderWhateverOrderTheEntitiesComeIn() {
		List<EntityResult> entities = new ArrayList<>();
		List<ClinicianResult> clinicians = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String tin = String.format("1000000%02d", i);
			EntityRef group = EntityRef.group(tin);
			LocalDate fixBy = i % 2 == 1 ? LocalDate.of(2025, 12, 1) : LocalDate.of(2025, 12, 31);
			int atRisk = 1 + i % 5;
			entities.add(new EntityResult(group, "Group " + i, EntityStatus.AT_RISK, atRisk, atRisk, List.of(), Set.of(),
					group.label(), "", fixBy, atRisk, ScoreEstimate.NONE));
			for (int n = 1; n <= atRisk; n++) {
				clinicians.add(new ClinicianResult(TinNpi.key(tin, Npis.nth(n)), "Doe", "Jane", List.of(group),
						ClinicianStatus.AT_RISK, List.of(), new TreeSet<>(), new TreeSet<>(), fixBy, 0));
			}
		}
		Collections.shuffle(entities, new Random(29));
		var run = new RunReport("id", 2025, false, List.of(), 0, new UnattributedSubmissions(0, List.of()), false,
				List.of(), clinicians, entities, entities,
				new ReadinessCalendar(ShippedRules.year(2025), LocalDate.of(2025, 11, 1)), 70);

		FixFirst fixFirst = FixFirst.of(run);

		assertThat(fixFirst.entitiesAtRisk()).isEqualTo(25);
		assertThat(fixFirst.atRiskClinicians()).isEqualTo(75);
		assertThat(fixFirst.rows()).extracting(row -> Integer.parseInt(row.id()) - 100_000_000)
			.containsExactly(9, 19, 4, 14, 24, 3, 13, 23, 8, 18, 7, 17, 2, 12, 22, 1, 11, 21, 6, 16);
		assertThat(fixFirst.rows()).extracting(FixFirst.Row::rescuedSoFar)
			.containsExactly(5, 10, 15, 20, 25, 29, 33, 37, 41, 45, 48, 51, 54, 57, 60, 62, 64, 66, 68, 70);
		assertThat(fixFirst.rows().get(19).percent()).isEqualTo(93);
	}
}
