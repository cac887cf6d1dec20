package org.pireadiness.intake.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.pireadiness.intake.MeasureVocabulary;

/**
 * What one pass over a QRDA III document keeps, element by element: the header's program, TIN, NPI, entity id and
 * CEHRT ID, the CMS document template's extension, the first reporting-parameters act (its year is the
 * submission's), and the PI section. A decoder is triggered, as in CMS's conversion tool, by a {@code templateId}
 * child and decodes that child's parent; templates come first among an element's children.
 */
final class QrdaDocument {

	private static final String PI_SECTION = "2.16.840.1.113883.10.20.27.2.5";

	private static final String REPORTING_PARAMETERS_ACT = "2.16.840.1.113883.10.20.17.3.8";

	private final String label;

	private final XMLStreamReader xml;

	private final QrdaElements open = new QrdaElements();

	private final Map<String, SubmissionCheck.Field> header = new HashMap<>();

	private final List<String> guides = new ArrayList<>();

	private final PiSetDraft draft;

	private SubmissionCheck.Field year;

	private QrdaPiSection pi;

	private QrdaElements.Element piSectionElement;

	private String duplicatePiSection;

	private QrdaElements.Element measureElement;

	QrdaDocument(String label, XMLStreamReader xml, MeasureVocabulary catalogue) {
		this.label = label;
		this.xml = xml;
		this.draft = new PiSetDraft(label, catalogue);
	}

	/** Reads to the root element; false when it is not the HL7 ClinicalDocument. */
	boolean readRoot() throws XMLStreamException {
		while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
			// the prolog and comments
		}
		if (!xml.isStartElement() || !xml.getLocalName().equals("ClinicalDocument")
				|| !QrdaFile.HL7.equals(xml.getNamespaceURI())) {
			return false;
		}
		open.open("ClinicalDocument");
		return true;
	}

	void start() {
		QrdaElements.Element parent = open.up(0);
		String name = xml.getLocalName();
		open.open(name);
		switch (name) {
			case "templateId" -> template(parent, xml.getAttributeValue(null, "root"), xml.getAttributeValue(null, "extension"));
			case "id" -> id(xml.getAttributeValue(null, "root"), xml.getAttributeValue(null, "extension"));
			case "low", "high" -> time(name, xml.getAttributeValue(null, "value"));
			case "value" -> value();
			default -> {
			}
		}
	}

	void end() {
		QrdaElements.Element frame = open.close();
		if (frame == measureElement) {
			pi.endMeasure();
			measureElement = null;
		}
		else if (frame == piSectionElement) {
			piSectionElement = null;
		}
		else if (pi != null && frame.name.equals("observation")
				&& (frame.templates.contains(QrdaPiSection.NUMERATOR) || frame.templates.contains(QrdaPiSection.DENOMINATOR))) {
			pi.endCountObservation();
		}
	}

	private void template(QrdaElements.Element parent, String root, String extension) {
		if (parent == null || root == null) {
			return;
		}
		parent.templates.add(root);
		if (open.depth() == 2 && root.equals(QrdaFile.CMS_DOCUMENT_TEMPLATE)) {
			guides.add(extension == null ? "" : extension);
		}
		else if (parent.name.equals("section") && root.equals(PI_SECTION)) {
			piSection(parent);
		}
		else if (parent.name.equals("act") && root.equals(REPORTING_PARAMETERS_ACT) && parent == actInPiSection()) {
			pi.reportingParameterActs++;
		}
		else if (parent.name.equals("organizer") && piSectionElement != null && measureElement == null
				&& (root.equals(QrdaPiSection.PROPORTION) || root.equals(QrdaPiSection.PERFORMED))) {
			measureElement = parent;
			pi.startMeasure(root, xml.getLocation().getLineNumber(), open.location(1));
		}
		else if (parent.name.equals("observation") && measureElement != null) {
			pi.observation(root);
		}
	}

	private void piSection(QrdaElements.Element section) {
		if (pi != null) {
			duplicatePiSection = duplicatePiSection == null ? open.location(1) : duplicatePiSection;
			return;
		}
		piSectionElement = section;
		pi = new QrdaPiSection(draft, open.location(1), xml.getLocation().getLineNumber());
	}

	/** The act the current element is in when that act is an entry of the PI section, else null. */
	private QrdaElements.Element actInPiSection() {
		QrdaElements.Element act = open.up(1);
		return piSectionElement != null && act != null && open.isEntryOf(act, piSectionElement) ? act : null;
	}

	private void id(String root, String extension) {
		if (measureElement != null && open.path(3).equals("reference/externalDocument/id")) {
			pi.measureId(extension);
			return;
		}
		if (open.depth() > 8 || root == null) {
			return;
		}
		String field = QrdaResult.headerField(headerPath(), root);
		if (field != null && !header.containsKey(field)) {
			header.put(field, new SubmissionCheck.Field(extension, open.location(0) + "/@extension", false));
		}
	}

	/** {@code low} and {@code high} of a reporting-parameters act's effective time. */
	private void time(String bound, String value) {
		QrdaElements.Element time = open.up(1);
		QrdaElements.Element act = open.up(2);
		if (act == null || !time.name.equals("effectiveTime") || !act.templates.contains(REPORTING_PARAMETERS_ACT)) {
			return;
		}
		String at = open.location(0) + "/@value";
		if (bound.equals("low") && year == null) {
			// the first act found: the conversion tool takes the year from the first section that has one
			String text = value == null ? "" : value.strip();
			year = new SubmissionCheck.Field(text.length() >= 4 ? text.substring(0, 4) : text, at, false);
		}
		if (piSectionElement != null && open.isEntryOf(act, piSectionElement)) {
			QrdaPiSection.Bound found = new QrdaPiSection.Bound(value, at, xml.getLocation().getLineNumber());
			if (bound.equals("low")) {
				pi.start = found;
			}
			else {
				pi.end = found;
			}
		}
	}

	private void value() {
		QrdaElements.Element observation = open.up(1);
		if (measureElement == null || observation == null) {
			return;
		}
		for (String template : observation.templates) {
			pi.value(template, xml.getAttributeValue(null, "value"), xml.getAttributeValue(null, "code"), open.location(0));
		}
	}

	/** The open elements below the root, as the header's paths name them. */
	private String headerPath() {
		return open.path(open.depth() - 1);
	}

	/** The document's PI set, or what it is rejected for, once it is read to its end. */
	SubmissionRead result(SubmissionCheck check, int performanceYear, List<String> guideExtensions) {
		return new QrdaResult(label, check, performanceYear, guideExtensions).of(guides, header, year, duplicatePiSection,
				pi, draft);
	}
}
