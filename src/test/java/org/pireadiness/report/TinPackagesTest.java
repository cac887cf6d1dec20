package org.pireadiness.report;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.history.Changes;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Folder names come only from nine-digit TINs, whatever reaches the writer. */
class TinPackagesTest {

	@TempDir
	Path folder;

	@Test
	void aTinThatCouldSteerAPathIsRefused() {
		var clinician = new ClinicianResult("../../etc", "1234567893", "Doe", "Jane", List.of("GROUP:../../etc"),
				ClinicianStatus.READY, List.of(), new TreeSet<>(), new TreeSet<>());
		var run = new RunReport("id", 2025, List.of(), false, List.of(), List.of(clinician), List.of());
		assertThatThrownBy(() -> TinPackages.write(run, Changes.firstRun(), folder.resolve("by-tin"),
				new PrivateFiles(false)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not a TIN");
		assertThat(folder.resolve("etc")).doesNotExist();
	}
}
