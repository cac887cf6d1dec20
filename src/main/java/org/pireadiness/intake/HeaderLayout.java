package org.pireadiness.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each known column sits in one file's header, and the header's own spelling of it. */
final class HeaderLayout {

	/** The columns' enum types, and per type the positions by ordinal: every cell read looks one up. */
	private final Class<?>[] columnTypes;

	private final int[][] positionsByOrdinal;

	private final List<String> headerNames;

	private final List<String> unknownColumns = new ArrayList<>();

	private final FileMapping mapping;

	HeaderLayout(String fileLabel, List<String> headerNames, List<? extends Column> columns, FileMapping mapping) {
		this.headerNames = headerNames;
		this.mapping = mapping;
		List<Class<?>> types = columns.stream().<Class<?>>map(Column::getDeclaringClass).distinct().toList();
		columnTypes = types.toArray(new Class<?>[0]);
		positionsByOrdinal = new int[columnTypes.length][];
		for (int t = 0; t < columnTypes.length; t++) {
			positionsByOrdinal[t] = new int[columnTypes[t].getEnumConstants().length];
			Arrays.fill(positionsByOrdinal[t], -1);
		}
		Map<String, Column> byName = new HashMap<>();
		columns.forEach(column -> byName.put(column.canonicalName(), column));
		for (int i = 0; i < headerNames.size(); i++) {
			Column column = byName.get(mapping.canonicalName(headerNames.get(i)));
			if (column == null) {
				if (!headerNames.get(i).isBlank()) {
					unknownColumns.add(headerNames.get(i).trim());
				}
			}
			else if (position(column) >= 0) {
				throw new InputFileException(fileLabel + ": column " + column.canonicalName()
						+ " appears twice in the header (\"" + headerNames.get(position(column)).trim()
						+ "\" and \"" + headerNames.get(i).trim() + "\")");
			}
			else {
				positionsByOrdinal[types.indexOf(column.getDeclaringClass())][column.ordinal()] = i;
			}
		}
		for (Column column : columns) {
			if (column.requiredInHeader() && position(column) < 0) {
				throw new InputFileException(fileLabel + ": required column " + column.canonicalName()
						+ " is missing from the header (found: " + String.join(", ", headerNames) + ")");
			}
		}
	}

	/**
	 * The column's position, or -1 when the header does not name it. Every cell read asks: the constant's own class
	 * (its enum's, unless the constant has a body) is compared first, as it costs a load where the declaring class
	 * costs a call (0.3 CPU-s of a national run, before).
	 */
	int position(Column column) {
		int[] positions = positionsOf(column.getClass());
		positions = positions != null ? positions : positionsOf(column.getDeclaringClass());
		return positions == null ? -1 : positions[column.ordinal()];
	}

	private int[] positionsOf(Class<?> type) {
		for (int t = 0; t < columnTypes.length; t++) {
			if (columnTypes[t] == type) {
				return positionsByOrdinal[t];
			}
		}
		return null;
	}

	/** The column as the file's header spells it, or its canonical name when the file lacks it. */
	String headerName(Column column) {
		int position = position(column);
		return position < 0 ? column.canonicalName() : headerNames.get(position).trim();
	}

	/** A cell's value as the contract's rules see it, after the mapping's value translation. */
	String value(Column column, String cell) {
		return mapping.value(column, cell);
	}

	/** The header's name of the column at a position; empty for a cell beyond the header. */
	String headerNameAt(int position) {
		return position < headerNames.size() ? headerNames.get(position).trim() : "";
	}

	int width() {
		return headerNames.size();
	}

	List<String> unknownColumns() {
		return unknownColumns;
	}
}
