package org.pireadiness.intake;

/** Thrown while converting a row whose cell breaks a rule; carries no stack trace, as it is not a fault. */
final class RowRejection extends RuntimeException {

	private final RejectCode code;

	private final Column column;

	private final String value;

	RowRejection(RejectCode code, Column column, String value, String message) {
		super(message, null, false, false);
		this.code = code;
		this.column = column;
		this.value = value;
	}

	RejectedRow toRejectedRow(String file, int line, HeaderLayout layout) {
		return new RejectedRow(file, line, column == null ? "" : layout.headerName(column), value, code, getMessage());
	}
}
