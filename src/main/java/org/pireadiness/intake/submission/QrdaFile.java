package org.pireadiness.intake.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.pireadiness.intake.InputFileException;
import org.pireadiness.intake.MeasureVocabulary;

/**
 * One QRDA Category III document (contract §7.1), read in one pass with the JDK's streaming XML reader the way CMS's
 * conversion tool reads it for the performance year: the entity from the header, the CEHRT ID from the document's
 * participant, the performance year from the first reporting-parameters act, and the PI section's period and
 * measures. Everything else is skipped, so a file of tens of megabytes takes bounded memory. External entities and
 * DTDs are switched off: a document cannot make the reader fetch anything.
 */
public final class QrdaFile {

	static final String HL7 = "urn:hl7-org:v3";

	/** The QRDA III CMS implementation guide's document template; its extension names the guide's year. */
	static final String CMS_DOCUMENT_TEMPLATE = "2.16.840.1.113883.10.20.27.1.2";

	private static final XMLInputFactory XML = safeFactory();

	private QrdaFile() {
	}

	private static XMLInputFactory safeFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		return factory;
	}

	/**
	 * @param guideExtensions the extensions of the CMS document template the conversion tool takes for the year
	 * @param label the file's name as the reports give it
	 */
	public static SubmissionRead read(Path path, String label, int performanceYear, List<String> guideExtensions,
			MeasureVocabulary catalogue) {
		XMLStreamReader xml = null;
		try (InputStream in = Files.newInputStream(path)) {
			xml = XML.createXMLStreamReader(in);
			var document = new QrdaDocument(label, xml, catalogue);
			if (!document.readRoot()) {
				return SubmissionRead.malformed(label, 1,
						"not a QRDA Category III document: its root is not the HL7 ClinicalDocument");
			}
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					document.start();
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					document.end();
				}
			}
			return document.result(new SubmissionCheck(label, performanceYear), performanceYear, guideExtensions);
		}
		catch (XMLStreamException ex) {
			int line = ex.getLocation() == null ? 1 : Math.max(1, ex.getLocation().getLineNumber());
			return SubmissionRead.malformed(label, line, "not well-formed XML: " + firstLine(ex.getMessage()));
		}
		catch (IOException ex) {
			throw new InputFileException("--submissions: cannot read " + path + ": " + ex.getMessage(), ex);
		}
		finally {
			close(xml);
		}
	}

	private static String firstLine(String message) {
		String text = message == null ? "" : message.strip();
		int at = text.indexOf("Message:");
		return (at >= 0 ? text.substring(at + 8) : text).strip().lines().findFirst().orElse("");
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			}
			catch (XMLStreamException ex) {
				// the file is closed with its stream
			}
		}
	}
}
