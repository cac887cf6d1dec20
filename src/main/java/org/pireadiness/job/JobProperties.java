package org.pireadiness.job;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.pireadiness.intake.IntakeLimits;
import org.pireadiness.report.PrivateFiles;

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
@Validated
@ConfigurationProperties("pi-readiness.job")
public record JobProperties(@DefaultValue("20000") @Min(1) int chunkSize,
		@DefaultValue("100") @Min(1) int maxLinesPerRecord, @DefaultValue("65536") @Min(1) int maxCellChars,
		@DefaultValue("1048576") @Min(1) int maxLineChars, @DefaultValue("90") @Min(1) int retentionDays,
		@DefaultValue("false") boolean groupReadable, @DefaultValue("70") @Min(0) int lowScoreThreshold) {

	PrivateFiles privateFiles() {
		return new PrivateFiles(groupReadable);
	}

	IntakeLimits intakeLimits() {
		return new IntakeLimits(maxLinesPerRecord, maxCellChars, maxLineChars);
	}
}
