package org.pireadiness.intake.submission;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.pireadiness.intake.RejectCode;

/**
 * The {@code measurements} of one PI set: each {@code {"measureId": …, "value": true|false}} or
 * {@code {"measureId": …, "value": {"numerator": n, "denominator": d}}}, into the set's draft, which checks it.
 */
final class QppJsonMeasurements {

	private final JsonParser json;

	private final PiSetDraft draft;

	QppJsonMeasurements(JsonParser json, PiSetDraft draft) {
		this.json = json;
		this.draft = draft;
	}

	/** Reads the array the current token starts; anything else stands for no measurements. */
	void read(JsonToken value) {
		if (value != JsonToken.START_ARRAY) {
			json.skipChildren();
			return;
		}
		for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
			int line = json.currentTokenLocation().getLineNr();
			String location = json.streamReadContext().pathAsPointer().toString();
			if (element == JsonToken.START_OBJECT) {
				measurement(line, location);
			}
			else {
				draft.reject(line, location, json.getText(), RejectCode.INVALID_VALUE, "a measurement is an object");
				json.skipChildren();
			}
		}
	}

	/** The value as read, before the measure's kind is known: the id may come after it. */
	private record Value(Boolean yes, Long numerator, Long denominator, String text, String location) {
	}

	private void measurement(int line, String location) {
		String measureId = null;
		Value value = null;
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = json.currentName();
			JsonToken token = json.nextToken();
			if (name.equals("measureId") && token == JsonToken.VALUE_STRING) {
				measureId = json.getString().strip();
			}
			else if (name.equals("value")) {
				value = value(token);
			}
			else {
				json.skipChildren();
			}
		}
		if (measureId == null || measureId.isEmpty()) {
			draft.reject(line, location + "/measureId", "", RejectCode.MISSING_VALUE, "a measurement names its measureId");
		}
		else if (value == null) {
			draft.reject(line, location + "/value", "", RejectCode.MISSING_VALUE, measureId + " has no value");
		}
		else if (value.yes() != null) {
			draft.yesNo(measureId, value.yes(), line, location + "/measureId", value.location());
		}
		else if (value.numerator() != null && value.denominator() != null) {
			draft.proportion(measureId, value.numerator(), value.denominator(), line, location + "/measureId",
					value.location());
		}
		else {
			draft.wrongKind(measureId, value.text(), line, location + "/measureId", value.location(),
					"a value is true or false, or {\"numerator\": n, \"denominator\": d}");
		}
	}

	private Value value(JsonToken token) {
		String location = json.streamReadContext().pathAsPointer().toString();
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return new Value(token == JsonToken.VALUE_TRUE, null, null, json.getText(), location);
		}
		if (token != JsonToken.START_OBJECT) {
			String text = token.isScalarValue() ? json.getText() : token.asString();
			json.skipChildren();
			return new Value(null, null, null, text, location);
		}
		Long numerator = null;
		Long denominator = null;
		boolean wrongKind = false;
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = json.currentName();
			JsonToken count = json.nextToken();
			boolean whole = count == JsonToken.VALUE_NUMBER_INT
					&& json.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
			if (name.equals("numerator") || name.equals("denominator")) {
				wrongKind |= !whole;
				Long number = whole ? json.getLongValue() : null;
				if (name.equals("numerator")) {
					numerator = number;
				}
				else {
					denominator = number;
				}
			}
			json.skipChildren();
		}
		String text = "{numerator: " + numerator + ", denominator: " + denominator + "}";
		return wrongKind ? new Value(null, null, null, text, location) : new Value(null, numerator, denominator, text, location);
	}
}
