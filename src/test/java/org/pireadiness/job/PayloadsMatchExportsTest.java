package org.pireadiness.job;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand generated groups, their PI data given once as export columns and pi_measures.csv and once as a folder
 * of a thousand QPP JSON payloads: the findings are the same (no exclusion is answered NO, where the two formats
 * differ by design). Prints the time of each run, for the note.
 */
class PayloadsMatchExportsTest {

	private static final int GROUPS = 1000;

	@TempDir
	java.nio.file.Path folder;

	/** One group's PI data, drawn once and written in both forms. */
	private record Group(String tin, String cehrt, String start, String end, String sra, String safer, String info,
			String onc, List<String[]> measures) {
	}

	private static List<Group> groups() {
		var random = new SplittableRandom(7);
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < GROUPS; i++) {
			int c = random.nextInt(100);
			String cehrt = c < 88 ? "0015C" + (1_000_000_000L + i) : c < 91 ? "" : c < 95 ? "0015H" + (1_000_000_000L + i)
					: "2025C" + (1_000_000_000L + i);
			int p = random.nextInt(100);
			String start = p < 85 ? "2025-01-01" : p < 90 ? "2025-07-05" : p < 95 ? "2025-08-01" : "";
			groups.add(new Group(String.valueOf(100_000_000 + i), cehrt, start, "2025-12-31", answer(random),
					answer(random), answer(random), answer(random), measures(random)));
		}
		return groups;
	}

	private static String answer(SplittableRandom random) {
		int a = random.nextInt(100);
		return a < 95 ? "Y" : a < 98 ? "N" : "";
	}

	/**
	 * Rows of {@code measure_id, value, numerator, denominator}: mostly clean, a spread of every measure finding, and
	 * counts that vary, so the READY groups' estimated scores do too.
	 */
	private static List<String[]> measures(SplittableRandom random) {
		List<String[]> rows = new ArrayList<>();
		if (random.nextInt(100) < 2) {
			return rows;
		}
		rows.add(counts("PI_EP_1", random.nextInt(100) < 5 ? 0 : 1 + random.nextInt(10), 10));
		if (random.nextInt(100) < 4) {
			rows.add(yes("PI_LVPP_1"));
		}
		int pdmp = random.nextInt(100);
		if (pdmp < 92) {
			rows.add(new String[] { "PI_EP_2", pdmp < 88 ? "Y" : "N", "", "" });
		}
		int hie = random.nextInt(100);
		if (hie < 70) {
			rows.add(counts("PI_HIE_1", 1 + random.nextInt(9), 9));
			rows.add(counts("PI_HIE_4", hie < 66 ? 1 + random.nextInt(4) : 0, 4));
		}
		else if (hie < 80) {
			rows.add(yes("PI_HIE_5"));
		}
		else if (hie < 88) {
			rows.add(yes("PI_HIE_6"));
		}
		else if (hie < 94) {
			rows.add(yes("PI_HIE_5"));
			rows.add(counts("PI_HIE_1", 3, 9));
		}
		else {
			rows.add(yes("PI_LVOTC_1"));
			rows.add(counts("PI_HIE_4", 2, 4));
		}
		rows.add(counts("PI_PEA_1", random.nextInt(100) < 3 ? 0 : 1 + random.nextInt(8), 8));
		rows.add(yes("PI_PHCDRR_1"));
		if (random.nextInt(100) < 94) {
			rows.add(yes("PI_PHCDRR_1_PROD"));
		}
		rows.add(yes("PI_PHCDRR_3"));
		rows.add(yes("PI_PHCDRR_3_PRE"));
		return rows;
	}

	private static String[] counts(String id, int numerator, int denominator) {
		return new String[] { id, "", String.valueOf(numerator), String.valueOf(denominator) };
	}

	private static String[] yes(String id) {
		return new String[] { id, "Y", "", "" };
	}

	private static RunFixture portfolio(java.nio.file.Path in, List<Group> groups, boolean payloads) {
		var fixture = new RunFixture(in);
		StringBuilder entities = new StringBuilder(
				"entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review\n");
		StringBuilder clinicians = new StringBuilder("tin,npi,reporting_level\n");
		StringBuilder checklist = new StringBuilder("entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on\n");
		StringBuilder measures = new StringBuilder("entity_type,entity_id,npi,measure_id,value,numerator,denominator\n");
		for (int i = 0; i < groups.size(); i++) {
			Group group = groups.get(i);
			entities.append("GROUP,").append(group.tin()).append(",Group ").append(i).append(',')
				.append(payloads ? "N,,,,,,," : String.join(",", "Y", group.cehrt(), group.start(), group.end(), group.sra(),
						group.safer(), group.info(), group.onc()))
				.append('\n');
			clinicians.append(group.tin()).append(',').append(Npis.nth(i + 1)).append(",GROUP\n");
			checklist.append("GROUP,").append(group.tin()).append(",,2025,1.1,Fully in all areas,2025-03-01\n");
			for (String[] row : group.measures()) {
				measures.append("GROUP,").append(group.tin()).append(",,").append(String.join(",", row)).append('\n');
			}
			if (payloads) {
				fixture.write("submissions/group-" + i + ".json", payload(group));
			}
		}
		fixture.write("groups.csv", entities.toString());
		fixture.write("clinicians.csv", clinicians.toString());
		fixture.write("checklist_results.csv", checklist.toString());
		if (!payloads) {
			fixture.write("pi_measures.csv", measures.toString());
		}
		return fixture;
	}

	private static String payload(Group group) {
		StringJoiner measurements = new StringJoiner(", ");
		attestation(measurements, "PI_PPHI_1", group.sra());
		attestation(measurements, "PI_PPHI_2", group.safer());
		attestation(measurements, "PI_INFBLO_1", group.info());
		attestation(measurements, "PI_ONCDIR_1", group.onc());
		for (String[] row : group.measures()) {
			measurements.add(row[1].isEmpty()
					? "{\"measureId\": \"" + row[0] + "\", \"value\": {\"numerator\": " + row[2] + ", \"denominator\": " + row[3] + "}}"
					: "{\"measureId\": \"" + row[0] + "\", \"value\": " + row[1].equals("Y") + "}");
		}
		String start = group.start().isEmpty() ? "" : "\"performanceStart\": \"" + group.start() + "\", ";
		return "{\"entityType\": \"group\", \"taxpayerIdentificationNumber\": \"" + group.tin() + "\", "
				+ "\"performanceYear\": 2025, \"measurementSets\": [{\"category\": \"pi\", \"cehrtId\": \"" + group.cehrt()
				+ "\", " + start + "\"performanceEnd\": \"" + group.end() + "\", \"measurements\": [" + measurements + "]}]}";
	}

	private static void attestation(StringJoiner measurements, String id, String answer) {
		if (!answer.isEmpty()) {
			measurements.add("{\"measureId\": \"" + id + "\", \"value\": " + answer.equals("Y") + "}");
		}
	}

	@Test
	void aThousandPayloadsGiveTheFindingsOfTheSameDataAsCsv() {
		List<Group> groups = groups();
		RunFixture csv = portfolio(folder.resolve("csv"), groups, false);
		RunFixture json = portfolio(folder.resolve("json"), groups, true);
		long start = System.nanoTime();
		assertThat(csv.runJob(2025).exitCode()).isZero();
		long csvTime = System.nanoTime() - start;
		start = System.nanoTime();
		RunFixture.Result result = json.runJob(2025);
		long jsonTime = System.nanoTime() - start;
		assertThat(result.exitCode()).as(result.err()).isZero();
		System.out.printf("%,d groups: as CSV %d ms, as %,d QPP JSON payloads %d ms%n", GROUPS, csvTime / 1_000_000,
				GROUPS, jsonTime / 1_000_000);

		assertThat(json.columns("clinician-status.csv", "tin", "npi", "status", "reason_codes", "warnings",
				"estimated_pi_score"))
			.isEqualTo(csv.columns("clinician-status.csv", "tin", "npi", "status", "reason_codes", "warnings",
					"estimated_pi_score"));
		assertThat(json.columns("entity-status.csv", "entity_id", "status", "reason_codes", "warnings",
				"estimated_pi_score", "score_confidence", "pi_points"))
			.isEqualTo(csv.columns("entity-status.csv", "entity_id", "status", "reason_codes", "warnings",
					"estimated_pi_score", "score_confidence", "pi_points"));
		// every kind of finding is there, so the sameness means something
		assertThat(String.join(" ", csv.columns("entity-status.csv", "reason_codes"))).contains("CEHRT_ID_MISSING",
				"CEHRT_ID_INVALID", "PERIOD_MISSING", "PERIOD_TOO_SHORT", "SRA_NOT_YES", "SAFER_NOT_ATTESTED",
				"PI_MEASURES_MISSING", "MEASURE_NOT_MET:PI_EP_1", "MEASURE_NOT_MET:PI_EP_2", "EXCLUSION_CONFLICT:PI_EP_1",
				"HIE_OPTION_NOT_MET", "INVALID_COMBINATION:PI_HIE_5", "ENGAGEMENT_LEVEL_MISSING:PI_PHCDRR_1");
		assertThat(String.join(" ", csv.columns("entity-status.csv", "warnings"))).contains("PERIOD_AT_MINIMUM");
		// and the READY groups' estimates differ from one another, so their sameness means something too
		assertThat(csv.columns("entity-status.csv", "estimated_pi_score").stream()
			.filter(score -> !score.isEmpty() && !score.equals("0")).distinct().count()).isGreaterThan(5);
		assertThat(json.columns("rejected-rows.csv", "file")).isEmpty();
	}
}
