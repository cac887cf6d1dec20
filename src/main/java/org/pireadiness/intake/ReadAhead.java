package org.pireadiness.intake;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a file's records on a thread of their own while the caller converts and keeps the previous ones: the
 * Commons CSV parsing of a national checklist file is as much work as what is done with its rows, so the two
 * halves run on the two cores (the framing of the records is a stage of its own, see {@link FramingAhead}).
 * Records arrive in file order, with the malformed ones in their place, so the caller sees exactly what reading
 * the {@link CsvSource} itself would show.
 */
final class ReadAhead implements Closeable {

	private final Consumer<CsvSource.Malformed> malformed;

	private final HandOff records;

	private final CsvSource source;

	private ReadAhead(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, Consumer<CsvSource.Malformed> malformed) {
		this.malformed = malformed;
		this.source = CsvSource.open(path, label, columns, mapping, limits, this::handMalformed);
		this.records = new HandOff("read-ahead " + label, this::split, source);
	}

	/**
	 * Opens the file and reads its header on this thread, so a bad header fails here. The reading thread starts
	 * with the first record asked for: a file opened only to check its header is not read on.
	 */
	static ReadAhead open(Path path, String label, List<? extends Column> columns, FileMapping mapping,
			IntakeLimits limits, Consumer<CsvSource.Malformed> malformed) {
		return new ReadAhead(path, label, columns, mapping, limits, malformed);
	}

	HeaderLayout layout() {
		return source.layout();
	}

	/** The next well-formed record, or null at the end of the file; malformed ones go to the sink on the way. */
	CsvSource.NumberedRow next() {
		for (Object record = records.next(); record != null; record = records.next()) {
			if (record instanceof CsvSource.NumberedRow row) {
				return row;
			}
			malformed.accept((CsvSource.Malformed) record);
		}
		return null;
	}

	/** A malformed record found while splitting goes over in its place among the rows. */
	private void handMalformed(CsvSource.Malformed record) {
		records.hand(record);
	}

	private void split(HandOff handOff) {
		for (var row = source.next(); row != null; row = source.next()) {
			handOff.hand(row);
		}
	}

	/** Stops the reading thread, which closes the file, and waits for it; closes the file itself if none started. */
	@Override
	public void close() {
		records.close();
	}
}
