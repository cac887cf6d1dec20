package org.pireadiness.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Test hook, added with {@code --spring.main.sources}: stops the run inside the step named by the system property
 * {@code pause.step} (for the chunk step, after its first chunk is written), touches the file named by
 * {@code pause.marker} and waits there, so that a test can kill or signal the process in the middle of that step;
 * it goes on when the test deletes the marker, or when a signal asks the run to stop.
 */
public class PauseInStep implements StepExecutionListener, ItemWriteListener<Object> {

	private final String step = System.getProperty("pause.step", "");

	private final RunStop stop;

	public PauseInStep(RunStop stop) {
		this.stop = stop;
	}

	@Override
	public void beforeStep(StepExecution execution) {
		if (execution.getStepName().equals(step) && !step.equals("judgeClinicians")) {
			pause();
		}
	}

	@Override
	public void afterWrite(Chunk<?> items) {
		if (step.equals("judgeClinicians")) {
			pause();
		}
	}

	private void pause() {
		try {
			Path marker = Path.of(System.getProperty("pause.marker"));
			Files.writeString(marker, "paused");
			for (int i = 0; i < 12_000 && Files.exists(marker) && stop.signal().isEmpty(); i++) {
				Thread.sleep(50);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
