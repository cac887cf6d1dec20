package org.pireadiness.intake;

/**
 * A record that was not used, with where it is and what is wrong with it.
 *
 * @param column the column as the file's own header names it; empty when the whole record is at fault
 */
public record RejectedRow(String file, int line, String column, String value, RejectCode code, String message) {
}
