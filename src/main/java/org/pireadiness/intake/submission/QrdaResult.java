package org.pireadiness.intake.submission;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.pireadiness.intake.RejectCode;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.intake.Shown;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.PiSet;
import org.pireadiness.portfolio.RefusedSubmission;

/**
 * What a QRDA III document read to its end comes to, checked as CMS's conversion tool checks it (each message names
 * the tool's rule): a document the tool would not take as QRDA III is malformed; a program or entity it cannot tell
 * is refused without an entity; a year other than the run's is only not for this run; a second PI section, a PI
 * section without exactly one reporting-parameters act, or any measurement or date it refuses refuses the document
 * for the entity it names (contract §7.4).
 */
final class QrdaResult {

	/**
	 * The conversion tool's program codes ({@code ClinicalDocumentDecoder}, matched after upper-casing): entity type and
	 * program. Any other code the decoder takes as an individual submission of the program its lower-cased self
	 * names, which the validator accepts for {@code mips}, {@code app1} and {@code appPlus} alike (without regard to
	 * case): hence the bare {@code MIPS}, {@code APP1} and {@code APPPLUS}.
	 */
	private static final Map<String, List<String>> PROGRAMS = Map.ofEntries(
			Map.entry("MIPS_INDIV", List.of("individual", "mips")), Map.entry("MIPS_GROUP", List.of("group", "mips")),
			Map.entry("MIPS_VIRTUALGROUP", List.of("virtualGroup", "mips")),
			Map.entry("MIPS_APMENTITY", List.of("apm", "mips")), Map.entry("MIPS_SUBGROUP", List.of("subgroup", "mips")),
			Map.entry("MIPS_APP1_INDIV", List.of("individual", "app1")),
			Map.entry("MIPS_APP1_GROUP", List.of("group", "app1")),
			Map.entry("MIPS_APP1_APMENTITY", List.of("apm", "app1")),
			Map.entry("APP_PLUS_INDIV", List.of("individual", "appPlus")),
			Map.entry("APP_PLUS_GROUP", List.of("group", "appPlus")),
			Map.entry("APP_PLUS_APMENTITY", List.of("apm", "appPlus")),
			Map.entry("MIPS", List.of("individual", "mips")), Map.entry("APP1", List.of("individual", "app1")),
			Map.entry("APPPLUS", List.of("individual", "appPlus")));

	/** Where the conversion tool reads each header value: the path of the {@code id}, and the id's root. */
	private static final Map<String, String> HEADER_IDS = Map.of(
			"informationRecipient/intendedRecipient/id|2.16.840.1.113883.3.249.7", "program",
			"participant/associatedEntity/id|2.16.840.1.113883.3.2074.1", "cehrtId",
			"documentationOf/serviceEvent/performer/assignedEntity/id|2.16.840.1.113883.4.6", "npi",
			"documentationOf/serviceEvent/performer/assignedEntity/representedOrganization/id|2.16.840.1.113883.4.2", "tin",
			"documentationOf/serviceEvent/performer/assignedEntity/representedOrganization/id|2.16.840.1.113883.3.249.5.2", "entityId",
			"documentationOf/serviceEvent/performer/assignedEntity/representedOrganization/id|2.16.840.1.113883.3.249.5.4", "entityId",
			"documentationOf/serviceEvent/performer/assignedEntity/representedOrganization/id|2.16.840.1.113883.3.249.5.5", "entityId");

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

	/** The header field an {@code id} at this path (below the root) with this root gives, or null. */
	static String headerField(String path, String root) {
		return HEADER_IDS.get(path + "|" + root);
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
			return unattributed(PROGRAM_AT, "", RejectCode.MISSING_VALUE, "the document names no program in "
					+ "informationRecipient (the conversion tool's CLINICAL_DOCUMENT_MISSING_PROGRAM_NAME)");
		}
		List<String> entityAndProgram = PROGRAMS.get(program.text().strip().toUpperCase(Locale.ROOT));
		if (entityAndProgram == null) {
			return unattributed(program.location(), program.text(), RejectCode.INVALID_VALUE, "not a program the "
					+ "conversion tool takes: " + String.join(", ", new TreeSet<>(PROGRAMS.keySet()))
					+ ", in any case (its CLINICAL_DOCUMENT_INCORRECT_PROGRAM_NAME)");
		}
		var entityType = new SubmissionCheck.Field(entityAndProgram.get(0), program.location(), false);
		SubmissionCheck.Named named = check.entity(1, entityType, year == null ? SubmissionCheck.Field.absent(
				"/ClinicalDocument//act[templateId/@root='2.16.840.1.113883.10.20.17.3.8']/effectiveTime/low/@value")
				: year, field(header, "tin"), field(header, "npi"), field(header, "entityId"));
		if (named instanceof SubmissionCheck.Entity found) {
			return document(found.ref(), entityAndProgram.get(1), header, duplicatePiSection, pi, draft);
		}
		if (named instanceof SubmissionCheck.Rejected rejected) {
			return read(List.of(), List.of(), List.of(rejected.row()), 0, rejected.refused() ? 1 : 0);
		}
		throw new IllegalStateException("an entity is either told or rejected: " + named);
	}

	/** The document of an entity the tool can tell: refused whole, or its PI section's set (or none). */
	private SubmissionRead document(EntityRef entity, String programName, Map<String, SubmissionCheck.Field> header,
			String duplicatePiSection, QrdaPiSection pi, PiSetDraft draft) {
		if (duplicatePiSection != null) {
			return refused(entity, new RejectedRow(label, 1, duplicatePiSection, "", RejectCode.INVALID_VALUE,
					"a second PI section: the conversion tool refuses the document "
							+ "(CLINICAL_DOCUMENT_CONTAINS_DUPLICATE_PI_SECTIONS)"), 0);
		}
		if (pi == null) {
			return read(List.of(), List.of(), List.of(), 0, 0);
		}
		if (pi.reportingParameterActs != 1) {
			return refused(entity, new RejectedRow(label, pi.line, pi.location, String.valueOf(pi.reportingParameterActs),
					RejectCode.INVALID_VALUE, "the PI section has " + pi.reportingParameterActs + " reporting parameters "
							+ "acts; the conversion tool takes exactly one (PI_SECTION_MISSING_REPORTING_PARAMETER_ACT)"), 0);
		}
		return set(entity, programName, header, pi, draft);
	}

	/** The PI section's set, which the tool converts unless a measurement or a date of it is refused. */
	private SubmissionRead set(EntityRef entity, String programName, Map<String, SubmissionCheck.Field> header,
			QrdaPiSection pi, PiSetDraft draft) {
		draft.programName = programName;
		SubmissionCheck.Field cehrt = header.get("cehrtId");
		draft.cehrtId = cehrt == null || cehrt.text() == null ? "" : cehrt.text().strip();
		draft.start = pi.start == null ? null : draft.qrdaDate(pi.start.value(), pi.start.line(), pi.start.location());
		draft.end = pi.end == null ? null : draft.qrdaDate(pi.end.value(), pi.end.line(), pi.end.location());
		if (!draft.rejects().isEmpty()) {
			var refusal = new RefusedSubmission(label, 1, entity, SubmissionRead.problem(draft.rejects().get(0)));
			return read(List.of(), List.of(refusal), draft.rejects(), draft.accepted(), 0);
		}
		return read(List.of(draft.build(entity, 1)), List.of(), List.of(), draft.accepted(), 0);
	}

	private static SubmissionCheck.Field field(Map<String, SubmissionCheck.Field> header, String name) {
		return header.getOrDefault(name, SubmissionCheck.Field.absent("/ClinicalDocument/documentationOf/serviceEvent"
				+ "/performer/assignedEntity" + (name.equals("npi") ? "/id" : "/representedOrganization/id")
				+ "/@extension"));
	}

	/** The document refused, its entity not told: one rejected row, at its first line. */
	private SubmissionRead unattributed(String location, String value, RejectCode code, String message) {
		return read(List.of(), List.of(), List.of(new RejectedRow(label, 1, location, Shown.value(value), code, message)),
				0, 1);
	}

	private SubmissionRead refused(EntityRef entity, RejectedRow problem, long accepted) {
		return read(List.of(), List.of(new RefusedSubmission(label, 1, entity, SubmissionRead.problem(problem))),
				List.of(problem), accepted, 0);
	}

	private SubmissionRead read(List<PiSet> sets, List<RefusedSubmission> refusals, List<RejectedRow> rejects,
			long accepted, int unattributed) {
		return new SubmissionRead(label, sets, refusals, rejects, accepted, 0, unattributed);
	}
}
