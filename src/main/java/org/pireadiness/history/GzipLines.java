package org.pireadiness.history;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Items kept as one compressed value: a line each, its fields separated by tabs (no field the history keeps can
 * hold one: TINs and NPIs are digits, entity ids letters, digits, '-' and '_', counts digits).
 */
final class GzipLines {

	private GzipLines() {
	}

	static <T> byte[] encode(List<T> items, Function<T, String[]> fields) {
		var bytes = new ByteArrayOutputStream(Math.max(1024, items.size() * 16));
		try (Writer out = new OutputStreamWriter(new FastGzip(bytes), StandardCharsets.UTF_8)) {
			for (T item : items) {
				out.write(String.join("\t", fields.apply(item)));
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static <T> List<T> decode(byte[] data, int fieldCount, Function<String[], T> item) {
		List<T> items = new ArrayList<>();
		try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(data)),
				StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] fields = line.split("\t", -1);
				if (fields.length != fieldCount) {
					throw new IllegalStateException("the risk history holds a damaged line: " + line);
				}
				items.add(item.apply(fields));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return items;
	}

	/** Speed over size: the history is read once or a few times, by the next runs. */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(ByteArrayOutputStream out) throws IOException {
			super(out, 1 << 16);
			def.setLevel(Deflater.BEST_SPEED);
		}
	}
}
