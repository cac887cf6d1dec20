package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.stream.Stream;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.PiSubmission;
import org.pireadiness.portfolio.TinNpi;

/** {@code clinicians.csv}: one row per clinician, per TIN, per reporting path (contract §3.2). */
public final class CliniciansFile extends InputFile<ClinicianRow> {

	public static final String LABEL = "clinicians.csv";

	enum ClinicianColumn implements Column {
		TIN, NPI, LAST_NAME, FIRST_NAME, CLINICIAN_TYPE, MIPS_ELIGIBLE, REPORTING_LEVEL, ENTITY_ID,
		REPORTS_PI;

		@Override
		public boolean requiredInHeader() {
			return this == TIN || this == NPI || this == REPORTING_LEVEL;
		}
	}

	static final List<Column> COLUMNS = Stream.<Column>concat(Stream.of(ClinicianColumn.values()),
			Stream.of(PiColumn.values())).toList();

	private final PathRegister paths;

	public CliniciansFile(Path path, FileMapping mapping, IntakeLimits limits,
			Executor executor) {
		super(path, LABEL, COLUMNS, mapping, limits, executor);
		this.paths = new PathRegister();
	}

	@Override
	protected ClinicianRow convert(Row row, int line) {
		String tin = row.tin(ClinicianColumn.TIN);
		String npi = row.npi(ClinicianColumn.NPI);
		EntityType level = row.entityType(ClinicianColumn.REPORTING_LEVEL, Row.ANY_TYPE);
		EntityRef path = switch (level) {
			case INDIVIDUAL -> EntityRef.individual(tin, npi);
			case GROUP -> EntityRef.group(tin);
			default -> EntityRef.of(level, row.entityId(ClinicianColumn.ENTITY_ID, level));
		};
		boolean individual = level == EntityType.INDIVIDUAL;
		boolean reportsPi = individual && row.yesNo(ClinicianColumn.REPORTS_PI, false);
		PiSubmission submission = individual ? PiColumn.submission(row) : PiSubmission.NONE;
		return new ClinicianRow(tin, npi, row.text(ClinicianColumn.LAST_NAME),
				row.text(ClinicianColumn.FIRST_NAME), row.yesNo(ClinicianColumn.MIPS_ELIGIBLE, true), path,
				PiColumn.reweighting(row), reportsPi, submission);
	}

	/** Whether an accepted row names the TIN/NPI, on any path. */
	public boolean hasClinician(String tin, String npi) {
		return paths.has(TinNpi.key(tin, npi));
	}

	/** Whether an accepted row gave the TIN/NPI its own INDIVIDUAL path. */
	public boolean hasIndividualPath(String tin, String npi) {
		return paths.has(TinNpi.key(tin, npi), EntityRef.individual(tin, npi));
	}

	@Override
	protected void admit(ClinicianRow clinician, int line) {
		int firstLine = paths.register(TinNpi.key(clinician.tin(), clinician.npi()), clinician.path(), line);
		if (firstLine >= 0) {
			throw new RowRejection(RejectCode.DUPLICATE_ROW, ClinicianColumn.REPORTING_LEVEL,
					clinician.reportingLevel().name(), "TIN/NPI " + clinician.tin() + "/" + clinician.npi()
							+ " already has the path " + clinician.path().label() + " on line " + firstLine);
		}
	}
}
