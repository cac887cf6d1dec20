package org.pireadiness.history;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One run's at-risk subjects as a single compressed value: a line per subject, its fields separated by tabs
 * (no field can hold one: TINs and NPIs are digits, entity ids letters, digits, '-' and '_'). A national run has
 * a quarter of a million subjects; one value instead of a row each keeps recording them to a fraction of a second.
 */
final class RiskSet {

	private static final int FIELDS = 6;

	private RiskSet() {
	}

	static byte[] encode(List<AtRisk> subjects) {
		var bytes = new ByteArrayOutputStream(Math.max(1024, subjects.size() * 16));
		try (Writer out = new OutputStreamWriter(new FastGzip(bytes), StandardCharsets.UTF_8)) {
			for (AtRisk subject : subjects) {
				out.write(String.join("\t", subject.kind().name(), subject.tin(), subject.npi(), subject.entityType(),
						subject.entityId(), subject.reasonCodes()));
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static List<AtRisk> decode(byte[] data) {
		List<AtRisk> subjects = new ArrayList<>();
		try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(data)),
				StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] fields = line.split("\t", -1);
				if (fields.length != FIELDS) {
					throw new IllegalStateException("the risk history holds a damaged line: " + line);
				}
				subjects.add(new AtRisk(AtRisk.Kind.valueOf(fields[0]), fields[1], fields[2], fields[3], fields[4],
						fields[5]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return subjects;
	}

	/** Speed over size: the history is read once, by the next run. */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(ByteArrayOutputStream out) throws IOException {
			super(out, 1 << 16);
			def.setLevel(Deflater.BEST_SPEED);
		}
	}
}
