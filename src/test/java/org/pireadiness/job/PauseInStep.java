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
 * {@code pause.marker} and waits there, so that a test can kill the process in the middle of that step.
 */
public class PauseInStep implements StepExecutionListener, ItemWriteListener<Object> {

	private final String step = System.getProperty("pause.step", "");

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

	private static void pause() {
		try {
			Files.writeString(Path.of(System.getProperty("pause.marker")), "paused");
			Thread.sleep(600_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
