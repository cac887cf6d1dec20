package org.pireadiness.job;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the job itself.
 *
 * @param chunkSize clinician rows judged per chunk (one job-repository commit each)
 * @param maxLinesPerRecord the most lines one CSV record may span; a longer one is malformed
 * @param retentionDays job runs that ended longer ago than this are deleted from the job repository
 */
@Validated
@ConfigurationProperties("pi-readiness.job")
public record JobProperties(@DefaultValue("5000") @Min(1) int chunkSize,
		@DefaultValue("100") @Min(1) int maxLinesPerRecord, @DefaultValue("90") @Min(1) int retentionDays) {
}
