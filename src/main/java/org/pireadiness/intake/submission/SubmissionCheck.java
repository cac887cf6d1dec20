package org.pireadiness.intake.submission;

import java.util.Locale;

import org.pireadiness.intake.RejectCode;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.intake.Shown;
import org.pireadiness.intake.Values;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;

/**
 * Which entity a submission names, checked as contract §7.3 says, whatever the file's format: the performance year
 * the run judges, a known entity type, and the TIN, NPI or entity id that type needs, each in its form.
 */
final class SubmissionCheck {

	/** A field of the submission as the file gives it: its text (null when absent) and where it is. */
	record Field(String text, String location, boolean wrongKind) {

		static Field absent(String location) {
			return new Field(null, location, false);
		}

		boolean missing() {
			return text == null || text.isBlank();
		}
	}

	/** The entity named, or the rejected row that stands for the whole submission. */
	sealed interface Named permits Entity, Rejected {
	}

	record Entity(EntityRef ref) implements Named {
	}

	/**
	 * @param refused whether CMS would refuse the submission, its entity not told (contract §7.4); false for a
	 * submission of another performance year, which is only not for this run
	 */
	record Rejected(RejectedRow row, boolean refused) implements Named {
	}

	private final String label;

	private final int performanceYear;

	SubmissionCheck(String label, int performanceYear) {
		this.label = label;
		this.performanceYear = performanceYear;
	}

	Named entity(int line, Field entityType, Field year, Field tin, Field npi, Field entityId) {
		if (year.missing()) {
			return rejected(line, year, RejectCode.MISSING_VALUE, "the performance year is required");
		}
		if (year.wrongKind() || !year.text().matches("\\d{4}")) {
			return rejected(line, year, RejectCode.INVALID_VALUE, "the performance year is a number, such as " + performanceYear);
		}
		if (Integer.parseInt(year.text()) != performanceYear) {
			return new Rejected(rejected(line, year, RejectCode.INVALID_VALUE,
					"a submission for " + year.text() + ", not the " + performanceYear + " this run judges").row(), false);
		}
		if (entityType.missing()) {
			return rejected(line, entityType, RejectCode.MISSING_VALUE, "the entity type is required");
		}
		EntityType type = switch (entityType.text().toLowerCase(Locale.ROOT)) {
			case "individual" -> EntityType.INDIVIDUAL;
			case "group" -> EntityType.GROUP;
			case "virtualgroup" -> EntityType.VIRTUAL_GROUP;
			case "apm" -> EntityType.APM_ENTITY;
			case "subgroup" -> EntityType.SUBGROUP;
			default -> null;
		};
		if (type == null) {
			return rejected(line, entityType, RejectCode.INVALID_VALUE,
					"the entity type is one of individual, group, virtualGroup, apm, subgroup");
		}
		return switch (type) {
			case INDIVIDUAL, GROUP -> tinEntity(line, type, tin, npi);
			default -> idEntity(line, type, entityId);
		};
	}

	private Named tinEntity(int line, EntityType type, Field tin, Field npi) {
		if (tin.missing()) {
			return rejected(line, tin, RejectCode.MISSING_VALUE, "a " + type.name().toLowerCase(Locale.ROOT)
					+ " submission names its TIN");
		}
		String taxpayer = tin.wrongKind() ? null : Values.tin(tin.text().strip());
		if (taxpayer == null) {
			return rejected(line, tin, RejectCode.INVALID_TIN, "a TIN is 9 digits (or NN-NNNNNNN)");
		}
		if (type == EntityType.GROUP) {
			return new Entity(EntityRef.group(taxpayer));
		}
		if (npi.missing()) {
			return rejected(line, npi, RejectCode.MISSING_VALUE, "an individual submission names its NPI");
		}
		if (npi.wrongKind() || !Values.isValidNpi(npi.text().strip())) {
			return rejected(line, npi, RejectCode.INVALID_NPI, "an NPI is 10 digits ending in a valid check digit");
		}
		return new Entity(EntityRef.individual(taxpayer, npi.text().strip()));
	}

	private Named idEntity(int line, EntityType type, Field entityId) {
		if (entityId.missing()) {
			return rejected(line, entityId, RejectCode.MISSING_VALUE, "this submission names its entity id");
		}
		String id = entityId.text().strip();
		boolean valid = !entityId.wrongKind() && (type == EntityType.SUBGROUP ? Values.SUBGROUP_ID.matcher(id).matches()
				: Values.FREE_ENTITY_ID.matcher(id).matches());
		if (!valid) {
			return rejected(line, entityId, RejectCode.INVALID_VALUE, type == EntityType.SUBGROUP
					? "a subgroup id is SG- and 8 digits" : "an entity id is 1-40 letters, digits, '-' or '_'");
		}
		return new Entity(EntityRef.of(type, id));
	}

	private Rejected rejected(int line, Field field, RejectCode code, String message) {
		return new Rejected(new RejectedRow(label, line, field.location(), Shown.value(field.text() == null ? "" : field.text()),
				code, message), true);
	}
}
