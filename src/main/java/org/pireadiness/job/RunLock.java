package org.pireadiness.job;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.pireadiness.report.PrivateFiles;

/**
 * An operating-system lock on a file, held for the whole run, so that a second run against the same output
 * folder or job repository stops at once. The file names the run holding it; the operating system frees the
 * lock when the process ends, even by {@code kill -9}.
 */
public final class RunLock implements AutoCloseable {

	static final String FILE_NAME = ".pi-readiness.lock";

	/** Another run holds the lock; the message names it. */
	static final class HeldException extends Exception {

		HeldException(String message) {
			super(message, null, false, false);
		}
	}

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static RunLock acquire(Path folder, String what, String run, PrivateFiles privateFiles)
			throws IOException, HeldException {
		privateFiles.createFolder(folder);
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		privateFiles.file(file);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new HeldException("another run is in progress on " + what + " " + folder + ": " + holder(file));
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(describe(run).getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(true);
		return new RunLock(channel, lock);
	}

	/** Who holds the lock in a folder, as its lock file says; for when the database itself refuses a second run. */
	public static String holderOf(Path folder) {
		return holder(folder.resolve(FILE_NAME));
	}

	private static String holder(Path lockFile) {
		try {
			String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "(the run did not say who it is)" : text;
		}
		catch (IOException ex) {
			return "(its lock file cannot be read: " + ex.getMessage() + ")";
		}
	}

	private static String describe(String run) {
		return "pid " + ManagementFactory.getRuntimeMXBean().getPid() + ", started "
				+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", " + run;
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}
}
