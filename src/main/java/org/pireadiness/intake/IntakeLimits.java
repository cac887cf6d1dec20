package org.pireadiness.intake;

/**
 * Bounds on one record, so that a stray quote costs one row rather than the rest of the file.
 *
 * @param maxLinesPerRecord the most lines a record with quoted line breaks may span
 */
public record IntakeLimits(int maxLinesPerRecord) {

	public static final IntakeLimits DEFAULTS = new IntakeLimits(100);
}
