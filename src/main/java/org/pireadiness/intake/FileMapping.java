package org.pireadiness.intake;

import java.util.Locale;
import java.util.Map;

/**
 * How one input file's own layout maps onto the contract's: foreign column names onto canonical columns, and
 * foreign values of a column onto the values the contract's rules expect.
 *
 * @param columns normalised foreign header name to canonical column name
 * @param values canonical column name to (foreign value in upper case to canonical value)
 */
public record FileMapping(Map<String, String> columns, Map<String, Map<String, String>> values) {

	public static final FileMapping NONE = new FileMapping(Map.of(), Map.of());

	/** The canonical column a header name stands for. */
	String canonicalName(String headerName) {
		String normalised = Column.normalise(headerName);
		return columns.getOrDefault(normalised, normalised);
	}

	/** The value the contract's rules see: the mapped value when the mapping names this one, else the value. */
	String value(Column column, String value) {
		if (values.isEmpty()) {
			return value;
		}
		Map<String, String> mapped = values.get(column.canonicalName());
		return mapped == null ? value : mapped.getOrDefault(value.toUpperCase(Locale.ROOT), value);
	}
}
