package org.pireadiness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.history.PreviousRun;

/**
 * The run of the reports already in the output folder, as its {@code summary.json} names it: its run id and as-of
 * date, read from the file's first fields without reading the rest (a national summary is megabytes).
 */
public final class PreviousReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PreviousReports() {
	}

	/** The previous run of this output folder; empty when it has no readable summary naming one. */
	public static Optional<PreviousRun> of(Path output) {
		Path summary = output.resolve(ReportFolder.SUMMARY);
		if (!Files.isRegularFile(summary)) {
			return Optional.empty();
		}
		try (JsonParser json = JSON.createParser(summary.toFile())) {
			String runId = null;
			String asOf = null;
			if (json.nextToken() != JsonToken.START_OBJECT) {
				return Optional.empty();
			}
			while (json.nextToken() == JsonToken.PROPERTY_NAME && (runId == null || asOf == null)) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				if (name.equals("run_id") && value == JsonToken.VALUE_STRING) {
					runId = json.getString();
				}
				else if (name.equals("as_of") && value == JsonToken.VALUE_STRING) {
					asOf = json.getString();
				}
				else {
					json.skipChildren();
				}
			}
			return runId == null || asOf == null ? Optional.empty()
					: Optional.of(new PreviousRun(runId, LocalDate.parse(asOf)));
		}
		catch (JacksonException | DateTimeParseException ex) {
			return Optional.empty(); // a summary this job did not write: nothing to compare
		}
	}
}
