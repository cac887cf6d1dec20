package org.pireadiness.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.history.Changes;
import org.pireadiness.history.RunHistory;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.UnattributedSubmissions;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Folder names come only from nine-digit TINs: intake validates every TIN, and the writer checks again. */
class TinPackagesTest {

	@TempDir
	Path folder;

	@Test
	void aTinThatIsNotNineDigitsIsRefused() {
		// the largest TIN part a packed key can hold has ten digits: no such folder may be made
		long key = ((1L << 30) - 1) << 34 | 1234567893L;
		var clinician = new ClinicianResult(key, "Doe", "Jane", List.of(EntityRef.group("123456789")),
				ClinicianStatus.READY, List.of(), new TreeSet<>(), new TreeSet<>(), null, -1);
		var run = new RunReport("id", 2025, false, List.of(), 0, new UnattributedSubmissions(0, List.of()), false,
				List.of(), List.of(clinician), List.of(),
				List.of(), new ReadinessCalendar(ShippedRules.year(2025), LocalDate.of(2025, 11, 1)), 70);
		var history = new RunHistory(Changes.firstRun(), List.of(), Map.of());
		assertThatThrownBy(() -> TinPackages.of(run).write(history, folder.resolve("by-tin"), new PrivateFiles(false)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not a TIN");
		assertThat(folder.resolve("by-tin").resolve(clinician.tin())).doesNotExist();
	}
}
