package org.pireadiness.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The value forms of contract §3; each returns null for a value that does not fit. */
public final class Values {


	private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern HYPHENATED_TIN = Pattern.compile("\\d{2}-\\d{7}");

	public static final Pattern SUBGROUP_ID = Pattern.compile("SG-\\d{8}");

	public static final Pattern FREE_ENTITY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private Values() {
	}

	static Boolean yesNo(String value) {
		return switch (value.toUpperCase(Locale.ROOT)) {
			case "Y", "YES", "TRUE", "1" -> Boolean.TRUE;
			case "N", "NO", "FALSE", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** A TIN as 9 digits: {@code 12-3456789} becomes {@code 123456789}. */
	public static String tin(String value) {
		if (value.length() == 9 && digits(value, 0, 9)) {
			return value;
		}
		return HYPHENATED_TIN.matcher(value).matches() ? value.replace("-", "") : null;
	}

	/** A count: 1 to 15 ASCII digits (a pattern compiled per row cost the measures file a regex each). */
	static boolean isCount(String value) {
		return !value.isEmpty() && value.length() <= 15 && digits(value, 0, value.length());
	}

	/** Whether the characters from {@code start} to {@code end} are ASCII digits; cheaper than a pattern per row. */
	private static boolean digits(String value, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * 10 digits whose last is the Luhn check digit over {@code 80840} and the first nine. Checked in place, as
	 * every clinician row has one: the prefix {@code 80840} always adds 24 to the Luhn sum.
	 */
	public static boolean isValidNpi(String value) {
		if (value.length() != 10 || !digits(value, 0, 10)) {
			return false;
		}
		int sum = 24;
		for (int i = 8, fromRight = 0; i >= 0; i--, fromRight++) {
			int digit = value.charAt(i) - '0';
			if (fromRight % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10 == value.charAt(9) - '0';
	}

	/** {@code YYYY-MM-DD} or {@code M/D/YYYY}. */
	static LocalDate date(String value) {
		try {
			if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4)
					&& digits(value, 5, 7) && digits(value, 8, 10)) {
				return LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
			}
			var us = US_DATE.matcher(value);
			if (us.matches()) {
				return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
						Integer.parseInt(us.group(2)));
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

	private static int number(String value, int start, int end) {
		int number = 0;
		for (int i = start; i < end; i++) {
			number = number * 10 + value.charAt(i) - '0';
		}
		return number;
	}
}
