package org.pireadiness.intake;

import java.util.List;
import java.util.Map;

/**
 * What a QRDA III document read to its end comes to, checked as CMS's conversion tool checks it (each message names
 * the tool's rule): a document the tool would not take as QRDA III is malformed; a program, entity or year it refuses
 * rejects the document; a PI section without exactly one reporting-parameters act rejects the set.
 */
final class QrdaResult {

	/** The conversion tool's program names (its {@code Program} aliases): entity type and program. */
	private static final Map<String, List<String>> PROGRAMS = Map.ofEntries(
			Map.entry("MIPS_INDIV", List.of("individual", "mips")), Map.entry("MIPS_GROUP", List.of("group", "mips")),
			Map.entry("MIPS_VIRTUALGROUP", List.of("virtualGroup", "mips")),
			Map.entry("MIPS_APMENTITY", List.of("apm", "mips")), Map.entry("MIPS_SUBGROUP", List.of("subgroup", "mips")),
			Map.entry("MIPS_APP1_INDIV", List.of("individual", "app1")),
			Map.entry("MIPS_APP1_GROUP", List.of("group", "app1")),
			Map.entry("MIPS_APP1_APMENTITY", List.of("apm", "app1")),
			Map.entry("APP_PLUS_INDIV", List.of("individual", "appPlus")),
			Map.entry("APP_PLUS_GROUP", List.of("group", "appPlus")),
			Map.entry("APP_PLUS_APMENTITY", List.of("apm", "appPlus")));

	private static final String PROGRAM_AT = "/ClinicalDocument/informationRecipient/intendedRecipient/id/@extension";

	private final String label;

	private final SubmissionCheck check;

	private final int performanceYear;

	private final List<String> guideExtensions;

	QrdaResult(String label, SubmissionCheck check, int performanceYear, List<String> guideExtensions) {
		this.label = label;
		this.check = check;
		this.performanceYear = performanceYear;
		this.guideExtensions = guideExtensions;
	}

	SubmissionRead of(List<String> guides, Map<String, SubmissionCheck.Field> header, SubmissionCheck.Field year,
			String duplicatePiSection, QrdaPiSection pi, PiSetDraft draft) {
		if (guides.stream().noneMatch(guideExtensions::contains)) {
			return SubmissionRead.malformed(label, 1, "not a QRDA Category III document the conversion tool takes for "
					+ performanceYear + ": its ClinicalDocument has " + (guides.isEmpty() ? "no CMS template "
							+ QrdaFile.CMS_DOCUMENT_TEMPLATE : "the CMS template with extension " + String.join(", ", guides))
					+ "; for " + performanceYear + " the tool takes extension " + String.join(" or ", guideExtensions));
		}
		SubmissionCheck.Field program = header.get("program");
		if (program == null || program.missing()) {
			return rejected(PROGRAM_AT, "", RejectCode.MISSING_VALUE, "the document names no program in "
					+ "informationRecipient (the conversion tool's CLINICAL_DOCUMENT_MISSING_PROGRAM_NAME)");
		}
		List<String> entityAndProgram = PROGRAMS.get(program.text().strip());
		if (entityAndProgram == null) {
			return rejected(program.location(), program.text(), RejectCode.INVALID_VALUE, "not a program the conversion "
					+ "tool takes: " + String.join(", ", new java.util.TreeSet<>(PROGRAMS.keySet()))
					+ " (its CLINICAL_DOCUMENT_INCORRECT_PROGRAM_NAME)");
		}
		if (duplicatePiSection != null) {
			return rejected(duplicatePiSection, "", RejectCode.INVALID_VALUE, "a second PI section: the conversion "
					+ "tool refuses the document (CLINICAL_DOCUMENT_CONTAINS_DUPLICATE_PI_SECTIONS)");
		}
		var entityType = new SubmissionCheck.Field(entityAndProgram.get(0), program.location(), false);
		SubmissionCheck.Named named = check.entity(1, entityType, year == null ? SubmissionCheck.Field.absent(
				"/ClinicalDocument//act[templateId/@root='2.16.840.1.113883.10.20.17.3.8']/effectiveTime/low/@value")
				: year, field(header, "tin"), field(header, "npi"), field(header, "entityId"));
		if (named instanceof SubmissionCheck.Rejected rejected) {
			return new SubmissionRead(label, List.of(), List.of(rejected.row()), 0, 0);
		}
		if (pi == null || !(named instanceof SubmissionCheck.Entity entity)) {
			return new SubmissionRead(label, List.of(), List.of(), 0, 0);
		}
		if (pi.reportingParameterActs != 1) {
			return rejected(pi.line, pi.location, String.valueOf(pi.reportingParameterActs), RejectCode.INVALID_VALUE,
					"the PI section has " + pi.reportingParameterActs + " reporting parameters acts; the conversion tool "
							+ "takes exactly one (PI_SECTION_MISSING_REPORTING_PARAMETER_ACT)");
		}
		draft.programName = entityAndProgram.get(1);
		SubmissionCheck.Field cehrt = header.get("cehrtId");
		draft.cehrtId = cehrt == null || cehrt.text() == null ? "" : cehrt.text().strip();
		draft.start = pi.start == null ? null : draft.qrdaDate(pi.start.value(), pi.start.line(), pi.start.location());
		draft.end = pi.end == null ? null : draft.qrdaDate(pi.end.value(), pi.end.line(), pi.end.location());
		return new SubmissionRead(label, List.of(draft.build(entity.ref(), 1)), draft.rejects(), draft.accepted(), 0);
	}

	private static SubmissionCheck.Field field(Map<String, SubmissionCheck.Field> header, String name) {
		return header.getOrDefault(name, SubmissionCheck.Field.absent("/ClinicalDocument/documentationOf/serviceEvent"
				+ "/performer/assignedEntity" + (name.equals("npi") ? "/id" : "/representedOrganization/id")
				+ "/@extension"));
	}

	/** The document as one rejected row, at its first line. */
	private SubmissionRead rejected(String location, String value, RejectCode code, String message) {
		return rejected(1, location, value, code, message);
	}

	private SubmissionRead rejected(int line, String location, String value, RejectCode code, String message) {
		return new SubmissionRead(label, List.of(), List.of(new RejectedRow(label, line, location, Shown.value(value), code,
				message)), 0, 0);
	}
}
