package org.pireadiness.intake.submission;

import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.intake.MeasureVocabulary;
import org.pireadiness.intake.RejectCode;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.intake.Shown;

/**
 * One QPP JSON file (contract §7.1, §7.3): a submission, an array of them, or the Submissions API's {@code data}
 * wrapper, read as a stream with Jackson's parser, so a file of thousands of submissions is never held as a tree.
 * Each problem is a rejected row with the line where its object starts and the JSON Pointer of its value; a file
 * that is not well-formed JSON is one rejected row, and none of its sets is used.
 */
public final class QppJsonFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String label;

	private final JsonParser json;

	private final SubmissionCheck check;

	private final FileContents contents;

	private QppJsonFile(String label, JsonParser json, SubmissionCheck check) {
		this.label = label;
		this.contents = new FileContents(label);
		this.json = json;
		this.check = check;
	}

	/** @param label the file's name as the reports give it */
	public static SubmissionRead read(Path path, String label, int performanceYear, MeasureVocabulary catalogue) {
		try (JsonParser json = JSON.createParser(path.toFile())) {
			var file = new QppJsonFile(label, json, new SubmissionCheck(label, performanceYear));
			file.document(catalogue);
			return file.contents.read();
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 1 : Math.max(1, ex.getLocation().getLineNr());
			return SubmissionRead.malformed(label, line, "not well-formed JSON: " + ex.getOriginalMessage());
		}
	}

	private void document(MeasureVocabulary catalogue) {
		JsonToken root = json.nextToken();
		if (root == JsonToken.START_ARRAY) {
			submissions(catalogue);
		}
		else if (root == JsonToken.START_OBJECT) {
			int line = line();
			if (json.nextToken() == JsonToken.PROPERTY_NAME && json.currentName().equals("data")) {
				wrapper(catalogue);
			}
			else {
				submission(catalogue, line);
			}
		}
		else {
			throw malformed("a submission file holds a submission object, an array of them, or {\"data\": …}");
		}
		if (json.nextToken() != null) {
			throw malformed("text after the end of the document");
		}
	}

	/** {@code {"data": {"submission": {…}}}} or {@code {"data": {"submissions": […]}}}; other fields are skipped. */
	private void wrapper(MeasureVocabulary catalogue) {
		if (json.nextToken() == JsonToken.START_OBJECT) {
			while (json.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				if (name.equals("submission") && value == JsonToken.START_OBJECT) {
					int line = line();
					json.nextToken();
					submission(catalogue, line);
				}
				else if (name.equals("submissions") && value == JsonToken.START_ARRAY) {
					submissions(catalogue);
				}
				else {
					json.skipChildren();
				}
			}
		}
		else {
			json.skipChildren();
		}
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			json.nextToken();
			json.skipChildren();
		}
	}

	/** The array's submissions, from its first element; anything but an object in it is rejected. */
	private void submissions(MeasureVocabulary catalogue) {
		for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
			int line = line();
			if (element == JsonToken.START_OBJECT) {
				json.nextToken();
				submission(catalogue, line);
			}
			else {
				contents.rejects.add(new RejectedRow(label, line, pointer(), Shown.value(json.getText()),
						RejectCode.INVALID_VALUE, "a submission is an object"));
				contents.unattributed++;
				json.skipChildren();
			}
		}
	}

	/** One submission, from its first property (the current token) to its end. */
	private void submission(MeasureVocabulary catalogue, int line) {
		new QppJsonSubmission(label, line, json, catalogue, contents).readFrom(check);
	}

	private int line() {
		return json.currentTokenLocation().getLineNr();
	}

	private String pointer() {
		return json.streamReadContext().pathAsPointer().toString();
	}

	private JacksonException malformed(String message) {
		return new tools.jackson.core.exc.StreamReadException(json, message);
	}
}
