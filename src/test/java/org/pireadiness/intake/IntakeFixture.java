package org.pireadiness.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes input files into a temporary folder and reads them back with every reject collected. */
public final class IntakeFixture {

	/** Where the files' batches are parsed in these tests, as the run's executor does it in the job. */
	static final Executor THREADS = Executors.newFixedThreadPool(2, task -> {
		Thread thread = new Thread(task, "intake-test");
		thread.setDaemon(true);
		return thread;
	});

	final List<RejectedRow> rejects = new ArrayList<>();

	private final Path folder;

	public IntakeFixture(Path folder) {
		this.folder = folder;
	}

	public Path file(String name, String content) {
		return bytes(name, content.getBytes(StandardCharsets.UTF_8));
	}

	Path bytes(String name, byte[] content) {
		try {
			return Files.write(folder.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	<T> List<T> readAll(InputFile<T> file) {
		List<T> items = new ArrayList<>();
		try (file) {
			for (T item = file.next(rejects::add); item != null; item = file.next(rejects::add)) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * One record as the framer hands it on, read from its text with a line end; fails unless the framer calls it
	 * well-formed.
	 */
	static RecordFramer.Framed framed(String record) {
		var bytes = new ByteArrayInputStream((record + "\n").getBytes(StandardCharsets.UTF_8));
		try (RecordFramer framer = new RecordFramer(new BoundedLineReader(bytes, 1000), 50, 1000)) {
			RecordFramer.Framed framed = framer.next();
			assertThat(framed.wellFormed()).as("%s: %s", record, framed.malformation()).isTrue();
			assertThat(framer.next()).isNull();
			return framed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each reject as {@code line:column:code}, the parts a user needs to find the cell. */
	List<String> rejectSummary() {
		return rejects.stream().map(r -> r.line() + ":" + r.column() + ":" + r.code()).toList();
	}
}
