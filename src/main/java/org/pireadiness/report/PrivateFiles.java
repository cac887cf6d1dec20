package org.pireadiness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes what the job writes readable by its owner only (or also by the owner's group, when configured), never
 * by others: the reports hold clinicians' names and NPIs. On file systems without POSIX permissions it does
 * nothing.
 */
public record PrivateFiles(boolean groupReadable) {

	private Set<PosixFilePermission> filePermissions() {
		return PosixFilePermissions.fromString(groupReadable ? "rw-r-----" : "rw-------");
	}

	private Set<PosixFilePermission> folderPermissions() {
		return PosixFilePermissions.fromString(groupReadable ? "rwxr-x---" : "rwx------");
	}

	public void file(Path file) {
		set(file, filePermissions());
	}

	public void folder(Path folder) {
		set(folder, folderPermissions());
	}

	/** Creates the folder if missing, private; an existing folder keeps the permissions its owner gave it. */
	public void createFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			folder(folder);
		}
	}

	/**
	 * Creates an empty file, private from its first moment (no window in which others could open it); fails with
	 * {@link java.nio.file.FileAlreadyExistsException} when it exists.
	 */
	public void createFile(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(filePermissions()));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
	}

	private static void set(Path path, Set<PosixFilePermission> permissions) {
		try {
			Files.setPosixFilePermissions(path, permissions);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: its own access rules apply
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restrict the permissions of " + path, ex);
		}
	}
}
