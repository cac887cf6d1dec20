package org.pireadiness.intake;

/**
 * Bounds on what one record may hold, so that a stray quote costs one row rather than the rest of the file and
 * no cell or line is ever held in memory beyond these sizes.
 *
 * @param maxLinesPerRecord the most lines a record with quoted line breaks may span
 * @param maxCellChars the longest cell accepted; a longer one rejects its record
 * @param maxLineChars the longest line read; the rest of a longer line is skipped and its record rejected
 */
public record IntakeLimits(int maxLinesPerRecord, int maxCellChars, int maxLineChars) {

	public static final IntakeLimits DEFAULTS = new IntakeLimits(100, 65_536, 1_048_576);
}
