package org.pireadiness.intake;

/** Thrown while converting a row whose cell breaks a rule; carries no stack trace, as it is not a fault. */
final class RowRejection extends RuntimeException {

	private final RejectCode code;

	private final Column column;

	private final String headerName;

	private final String value;

	RowRejection(RejectCode code, Column column, String value, String message) {
		super(message, null, false, false);
		this.code = code;
		this.column = column;
		this.headerName = null;
		this.value = value;
	}

	/** A rejection for a cell known only by its header name. */
	RowRejection(RejectCode code, String headerName, String value, String message) {
		super(message, null, false, false);
		this.code = code;
		this.column = null;
		this.headerName = headerName;
		this.value = value;
	}

	RejectedRow toRejectedRow(String file, int line, HeaderLayout layout) {
		String name = headerName != null ? headerName : column == null ? "" : layout.headerName(column);
		return new RejectedRow(file, line, name, Shown.value(value), code, getMessage());
	}
}
