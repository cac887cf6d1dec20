package org.pireadiness.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one record that {@link RecordFramer} has found well-formed, as Commons CSV's RFC 4180 format reads
 * them: a cell opening with a quote is quoted (a doubled quote inside is one quote, the whitespace between its
 * closing quote and the next comma is dropped), any other cell is its text as it stands.
 * <p>
 * Hand-made where Commons CSV does the same job, because the framer has already checked every character of the
 * record, so splitting it is a search for commas. Against Commons CSV splitting the framed records (a parser per
 * batch, the text handed over through a reader), four paired alternating runs at {@code --scale=1} (issue 29):
 * the job 1.6 s (6%) sooner on average, readChecklists 1.4 to 2.0 s sooner in every pair. A record without a quote
 * (nearly every one) keeps its text and where its commas are, and a cell is cut out only when a row reads it (see
 * {@link BatchCells}). {@code RecordCellsTest} holds it to Commons CSV's reading of 20,000 generated records.
 */
sealed interface RecordCells permits RecordCells.Unquoted, RecordCells.Quoted {

	/** The cells of a record the framer found well-formed. */
	static RecordCells of(RecordFramer.Framed record) {
		return record.quoted() ? new Quoted(quoted(record.text())) : Unquoted.of(record.text());
	}

	int count();

	/** The cell's text; {@code position} is below {@link #count()}. */
	String cell(int position);

	/** The cell's length in characters, without cutting it out. */
	int length(int position);

	/** Whether the cell at a position has the same text as the other record's there (both have the position). */
	boolean sameCell(int position, RecordCells other);

	default String[] toArray() {
		String[] cells = new String[count()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cell(i);
		}
		return cells;
	}

	/**
	 * Nearly every record: no quote, so the cells are the text between the commas.
	 *
	 * @param ends where each cell ends: the position of the comma after it, or the record's length for the last
	 */
	record Unquoted(String record, int[] ends) implements RecordCells {

		static Unquoted of(String record) {
			int commas = 0;
			for (int i = record.indexOf(','); i >= 0; i = record.indexOf(',', i + 1)) {
				commas++;
			}
			int[] ends = new int[commas + 1];
			int end = -1;
			for (int cell = 0; cell < commas; cell++) {
				end = record.indexOf(',', end + 1);
				ends[cell] = end;
			}
			ends[commas] = record.length();
			return new Unquoted(record, ends);
		}

		@Override
		public int count() {
			return ends.length;
		}

		private int start(int position) {
			return position == 0 ? 0 : ends[position - 1] + 1;
		}

		@Override
		public String cell(int position) {
			return record.substring(start(position), ends[position]);
		}

		@Override
		public int length(int position) {
			return ends[position] - start(position);
		}

		@Override
		public boolean sameCell(int position, RecordCells other) {
			if (other instanceof Unquoted unquoted) {
				int length = length(position);
				return length == unquoted.length(position)
						&& record.regionMatches(start(position), unquoted.record, unquoted.start(position), length);
			}
			return cell(position).equals(other.cell(position));
		}
	}

	/** A record with a quote somewhere: its cells cut out, quotes undone, when it is split. */
	record Quoted(String[] cells) implements RecordCells {

		@Override
		public int count() {
			return cells.length;
		}

		@Override
		public String cell(int position) {
			return cells[position];
		}

		@Override
		public int length(int position) {
			return cells[position].length();
		}

		@Override
		public boolean sameCell(int position, RecordCells other) {
			return cells[position].equals(other.cell(position));
		}
	}

	private static String[] quoted(String record) {
		List<String> cells = new ArrayList<>();
		int length = record.length();
		int i = 0;
		while (true) {
			if (i < length && record.charAt(i) == '"') {
				StringBuilder cell = new StringBuilder();
				i = quotedCell(record, i + 1, cell);
				cells.add(cell.toString());
				// only whitespace can stand between a closing quote and the comma in a well-formed record
				while (i < length && record.charAt(i) != ',') {
					i++;
				}
			}
			else {
				int end = record.indexOf(',', i);
				end = end < 0 ? length : end;
				cells.add(record.substring(i, end));
				i = end;
			}
			if (i >= length) {
				return cells.toArray(new String[0]);
			}
			i++;
		}
	}

	/** Appends a quoted cell's text from just after its opening quote; returns the position after its closing quote. */
	private static int quotedCell(String record, int from, StringBuilder cell) {
		int i = from;
		while (i < record.length()) {
			char c = record.charAt(i++);
			if (c != '"') {
				cell.append(c);
			}
			else if (i < record.length() && record.charAt(i) == '"') {
				cell.append('"');
				i++;
			}
			else {
				return i;
			}
		}
		throw new IllegalStateException("a quote is never closed in a record framed as well-formed: " + record);
	}
}
