package org.pireadiness.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.pireadiness.intake.IntakeLimits;
import org.pireadiness.report.PrivateFiles;
import org.pireadiness.rules.Required;

/**
 * Settings of the job itself.
 *
 * @param chunkSize clinician rows judged per chunk (one job-repository commit each)
 * @param maxLinesPerRecord the most lines one CSV record may span; a longer one is malformed
 * @param maxCellChars the longest CSV cell accepted; a longer one rejects its record
 * @param maxLineChars the longest line read; the rest of a longer line is skipped and its record rejected
 * @param retentionDays job runs that ended longer ago than this are deleted from the job repository
 * @param groupReadable whether reports, lock files and the H2 database are readable by the owner's group too
 * @param lowScoreThreshold the page lists the READY entities whose estimated PI score is under this (contract v3 §9.2)
 */
@ConfigurationProperties(prefix = "pi-readiness.job", ignoreUnknownFields = false)
public record JobProperties(@DefaultValue("20000") int chunkSize,
		@DefaultValue("100") int maxLinesPerRecord, @DefaultValue("65536") int maxCellChars,
		@DefaultValue("1048576") int maxLineChars, @DefaultValue("90") int retentionDays,
		@DefaultValue("false") boolean groupReadable, @DefaultValue("70") int lowScoreThreshold) {

	public JobProperties {
		Required.atLeast("chunk-size", chunkSize, 1);
		Required.atLeast("max-lines-per-record", maxLinesPerRecord, 1);
		Required.atLeast("max-cell-chars", maxCellChars, 1);
		Required.atLeast("max-line-chars", maxLineChars, 1);
		Required.atLeast("retention-days", retentionDays, 1);
		Required.atLeast("low-score-threshold", lowScoreThreshold, 0);
	}

	PrivateFiles privateFiles() {
		return new PrivateFiles(groupReadable);
	}

	IntakeLimits intakeLimits() {
		return new IntakeLimits(maxLinesPerRecord, maxCellChars, maxLineChars);
	}
}
