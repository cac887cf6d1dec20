package org.pireadiness;

/** Valid NPIs for test data: nine digits and the Luhn check digit over 80840 and those digits. */
public final class Npis {

	private Npis() {
	}

	public static String withCheckDigit(String firstNine) {
		String payload = "80840" + firstNine;
		int sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			int digit = payload.charAt(payload.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return firstNine + (10 - sum % 10) % 10;
	}

	/** The n-th test NPI, n from 1. */
	public static String nth(int n) {
		return withCheckDigit(String.format("1%08d", n));
	}
}
