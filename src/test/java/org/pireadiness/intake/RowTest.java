package org.pireadiness.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pireadiness.intake.ChecklistFile.ChecklistColumn;
import org.pireadiness.portfolio.EntityRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rows of a batch share the cells that are the same, and the entity those cells make, and nothing else. */
class RowTest {

	private static final HeaderLayout LAYOUT = new HeaderLayout(ChecklistFile.LABEL,
			List.of("entity_type", "entity_id", "npi", "guide_version", "practice_id", "status", "assessed_on"),
			ChecklistFile.COLUMNS, FileMapping.NONE);

	private final BatchCells batch = new BatchCells(LAYOUT.width());

	@Test
	void aCellTheSameAsTheRowBeforesIsThatRowsText() {
		Row first = row("GROUP,123456789,,2025,1.1,Yes,2025-07-12");
		Row second = row("GROUP,123456789,,2025,1.2,Yes ,2025-07-13");
		String edition = first.text(ChecklistColumn.GUIDE_VERSION);
		first.text(ChecklistColumn.STATUS);
		first.text(ChecklistColumn.ASSESSED_ON);

		assertThat(second.text(ChecklistColumn.GUIDE_VERSION)).isEqualTo("2025").isSameAs(edition);
		assertThat(second.text(ChecklistColumn.PRACTICE_ID)).isEqualTo("1.2");
		assertThat(second.text(ChecklistColumn.ASSESSED_ON)).isEqualTo("2025-07-13");
		// "Yes " is not the cell "Yes", though both read as Yes
		assertThat(second.text(ChecklistColumn.STATUS)).isEqualTo("Yes");
		// a row read after another is compared with the last row that read the cell
		assertThat(first.text(ChecklistColumn.ASSESSED_ON)).isEqualTo("2025-07-12");
		assertThat(first.text(ChecklistColumn.GUIDE_VERSION)).isSameAs(edition);
	}

	@Test
	void theSameEntityCellsMakeTheSameEntityAndOthersTheirOwn() {
		Row first = row("INDIVIDUAL,123456789,1234567893,2025,1.1,Yes,2025-07-12");
		Row same = row("INDIVIDUAL,123456789,1234567893,2025,1.2,Yes,2025-07-12");
		Row quoted = row("\"INDIVIDUAL\",123456789,1234567893,\"2025\",1.3,Yes,2025-07-12");
		Row otherNpi = row("INDIVIDUAL,123456789,1245319599,2025,1.1,Yes,2025-07-12");
		Row hyphenated = row("INDIVIDUAL,12-3456789,1245319599,2025,1.1,Yes,2025-07-12");
		Row group = row("GROUP,123456789,,2025,1.1,Yes,2025-07-12");
		Row groupShort = row("GROUP,123456789");

		EntityRef clinician = entity(first);
		assertThat(clinician).isEqualTo(EntityRef.individual("123456789", "1234567893"));
		assertThat(entity(same)).isSameAs(clinician);
		assertThat(entity(quoted)).isSameAs(clinician);
		assertThat(entity(otherNpi)).isEqualTo(EntityRef.individual("123456789", "1245319599"));
		// the same entity in other cells is made again, equal
		assertThat(entity(hyphenated)).isEqualTo(entity(otherNpi)).isNotSameAs(entity(otherNpi));
		assertThat(entity(group)).isEqualTo(EntityRef.group("123456789"));
		// a record that ends before the npi column is not the same as one with an empty npi cell
		assertThat(entity(groupShort)).isEqualTo(entity(group)).isNotSameAs(entity(group));
	}

	@Test
	void aRowAfterOneWhoseEntityWasRejectedIsJudgedOnItsOwn() {
		Row first = row("GROUP,12345,,2025,1.1,Yes,2025-07-12");
		Row second = row("GROUP,12345,,2025,1.2,Yes,2025-07-12");

		assertThatThrownBy(() -> entity(first)).isInstanceOf(RowRejection.class);
		assertThatThrownBy(() -> entity(second)).isInstanceOf(RowRejection.class);
	}

	private static EntityRef entity(Row row) {
		return row.entityRef(ChecklistColumn.ENTITY_TYPE, ChecklistColumn.ENTITY_ID, ChecklistColumn.NPI);
	}

	private Row row(String record) {
		return new Row(RecordCells.of(IntakeFixture.framed(record)), LAYOUT, batch);
	}
}
