package org.pireadiness.intake;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;

/**
 * One well-formed record with typed access to its cells; a cell that breaks a rule throws a rejection. Its cells
 * are cut out when read, through its batch's {@link BatchCells}.
 */
final class Row implements Split {

	static final Set<EntityType> ANY_TYPE = Collections.unmodifiableSet(EnumSet.allOf(EntityType.class));

	private final RecordCells cells;

	private final HeaderLayout layout;

	private final BatchCells batch;

	Row(RecordCells cells, HeaderLayout layout, BatchCells batch) {
		this.cells = cells;
		this.layout = layout;
		this.batch = batch;
	}

	/** The trimmed cell; empty when blank, absent from the header or missing from a short record. */
	String text(Column column) {
		int position = layout.position(column);
		if (position < 0 || position >= cells.count()) {
			return "";
		}
		String value = batch.cell(cells, position).strip();
		if (value.indexOf('\uFFFD') >= 0) {
			throw new RowRejection(RejectCode.INVALID_VALUE, column, value, "bytes that are not valid UTF-8");
		}
		return layout.value(column, value);
	}

	/** Rejects the record when any of its cells, used or not, is longer than the limit. */
	void checkCellLengths(int maxChars) {
		for (int i = 0; i < cells.count(); i++) {
			if (cells.length(i) > maxChars) {
				throw new RowRejection(RejectCode.INVALID_VALUE, layout.headerNameAt(i), cells.cell(i),
						String.format("a cell of %,d characters; the limit is %,d", cells.length(i), maxChars));
			}
		}
	}

	String required(Column column) {
		String value = text(column);
		if (value.isEmpty()) {
			throw new RowRejection(RejectCode.MISSING_VALUE, column, value, column.canonicalName() + " is required");
		}
		return value;
	}

	boolean yesNo(Column column, boolean whenEmpty) {
		String value = text(column);
		return value.isEmpty() ? whenEmpty : parseYesNo(column, value);
	}

	boolean requiredYesNo(Column column) {
		return parseYesNo(column, required(column));
	}

	private boolean parseYesNo(Column column, String value) {
		Boolean parsed = Values.yesNo(value);
		if (parsed == null) {
			throw invalid(column, value, "expected Y/N, YES/NO, TRUE/FALSE or 1/0");
		}
		return parsed;
	}

	Attestation attestation(Column column) {
		String value = text(column);
		return value.isEmpty() ? Attestation.NOT_ATTESTED
				: parseYesNo(column, value) ? Attestation.YES : Attestation.NO;
	}

	/** A date, or null when the cell is empty. */
	LocalDate date(Column column) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		LocalDate date = Values.date(value);
		if (date == null) {
			throw new RowRejection(RejectCode.INVALID_DATE, column, value,
					"not a date: expected YYYY-MM-DD or M/D/YYYY");
		}
		return date;
	}

	LocalDate requiredDate(Column column) {
		required(column);
		return date(column);
	}

	String tin(Column column) {
		String value = required(column);
		String tin = Values.tin(value);
		if (tin == null) {
			throw new RowRejection(RejectCode.INVALID_TIN, column, value, "a TIN is 9 digits (or NN-NNNNNNN)");
		}
		return tin;
	}

	String npi(Column column) {
		String value = required(column);
		if (!Values.isValidNpi(value)) {
			throw new RowRejection(RejectCode.INVALID_NPI, column, value,
					"an NPI is 10 digits ending in a valid check digit");
		}
		return value;
	}

	EntityType entityType(Column column, Set<EntityType> allowed) {
		String value = required(column);
		try {
			EntityType type = EntityType.valueOf(value.toUpperCase(Locale.ROOT));
			if (allowed.contains(type)) {
				return type;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below with the allowed values
		}
		throw invalid(column, value, "expected one of "
				+ allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
	}

	/**
	 * The entity a checklist or measures row is about: its type, its id in the type's form, and for an INDIVIDUAL
	 * the NPI as well. A file names its entity in the same columns on every row, so a row whose three cells are
	 * those the batch's last entity was made from is about that entity.
	 */
	EntityRef entityRef(Column typeColumn, Column idColumn, Column npiColumn) {
		EntityRef known = batch.entity(cells, layout.position(typeColumn), layout.position(idColumn),
				layout.position(npiColumn));
		if (known != null) {
			return known;
		}
		EntityRef made = newEntityRef(typeColumn, idColumn, npiColumn);
		batch.entityMade(cells, made);
		return made;
	}

	private EntityRef newEntityRef(Column typeColumn, Column idColumn, Column npiColumn) {
		EntityType type = entityType(typeColumn, ANY_TYPE);
		String id = entityId(idColumn, type);
		return type == EntityType.INDIVIDUAL ? EntityRef.individual(id, npi(npiColumn)) : EntityRef.of(type, id);
	}

	/** An entity id in the form its type takes: a TIN for GROUP and INDIVIDUAL, SG-nnnnnnnn for SUBGROUP. */
	String entityId(Column column, EntityType type) {
		return switch (type) {
			case GROUP, INDIVIDUAL -> tin(column);
			case SUBGROUP -> matching(column, Values.SUBGROUP_ID, "a subgroup id is SG- and 8 digits");
			case VIRTUAL_GROUP, APM_ENTITY -> matching(column, Values.FREE_ENTITY_ID,
					"an entity id is 1-40 letters, digits, '-' or '_'");
		};
	}

	private String matching(Column column, Pattern pattern, String rule) {
		String value = required(column);
		if (!pattern.matcher(value).matches()) {
			throw invalid(column, value, rule);
		}
		return value;
	}

	RowRejection invalid(Column column, String value, String message) {
		return new RowRejection(RejectCode.INVALID_VALUE, column, value, message);
	}
}
