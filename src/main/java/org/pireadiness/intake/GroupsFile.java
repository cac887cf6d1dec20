package org.pireadiness.intake;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.PiSubmission;
import org.pireadiness.portfolio.ReportingEntity;

/** {@code groups.csv}: one row per reporting entity other than an individual clinician (contract §3.1). */
public final class GroupsFile extends InputFile<ReportingEntity> {

	public static final String LABEL = "groups.csv";

	enum GroupColumn implements Column {
		ENTITY_TYPE, ENTITY_ID, NAME, AFFILIATED_TIN, REPORTS_PI;

		@Override
		public boolean requiredInHeader() {
			return this == ENTITY_TYPE || this == ENTITY_ID || this == REPORTS_PI;
		}
	}

	private static final Set<EntityType> TYPES = EnumSet.of(EntityType.GROUP, EntityType.VIRTUAL_GROUP,
			EntityType.APM_ENTITY, EntityType.SUBGROUP);

	static final List<Column> COLUMNS = Stream.<Column>concat(Stream.of(GroupColumn.values()),
			Stream.of(PiColumn.values())).toList();

	private final Map<EntityRef, Integer> firstLines = new HashMap<>();

	public GroupsFile(Path path, FileMapping mapping, IntakeLimits limits,
			Executor executor) {
		super(path, LABEL, COLUMNS, mapping, limits, executor);
	}

	@Override
	protected ReportingEntity convert(Row row, int line) {
		EntityType type = row.entityType(GroupColumn.ENTITY_TYPE, TYPES);
		EntityRef ref = EntityRef.of(type, row.entityId(GroupColumn.ENTITY_ID, type));
		String affiliatedTin = type == EntityType.SUBGROUP ? row.tin(GroupColumn.AFFILIATED_TIN) : "";
		boolean reportsPi = row.requiredYesNo(GroupColumn.REPORTS_PI);
		PiSubmission submission = PiColumn.submission(row);
		return new ReportingEntity(ref, row.text(GroupColumn.NAME), affiliatedTin, reportsPi, submission,
				PiColumn.reweighting(row));
	}

	@Override
	protected void admit(ReportingEntity entity, int line) {
		Integer firstLine = firstLines.putIfAbsent(entity.ref(), line);
		if (firstLine != null) {
			throw new RowRejection(RejectCode.DUPLICATE_ROW, GroupColumn.ENTITY_ID, entity.ref().id(),
					entity.ref().label() + " is already defined on line " + firstLine);
		}
	}
}
