import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic, deterministic MIPS portfolio for performance year 2025: groups.csv, clinicians.csv,
 * checklist_results.csv and pi_measures.csv. Scale 1 is national size: about 250,000 TINs, 1.5 million clinician
 * rows, 5 million checklist rows and 3.5 million PI measure rows, with every reporting level, multiple paths, 0.1%
 * bad rows and a spread of every reason code, the measure codes too.
 *
 * Usage: java scripts/GeneratePortfolio.java --output=DIR [--scale=1] [--seed=1]
 */
public class GeneratePortfolio {

	static final int TINS_AT_SCALE_1 = 250_000;

	static final String[] PRACTICES_2025 = { "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4",
			"2.5", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9" };

	static final String[] PRACTICES_2016 = { "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1",
			"2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9" };

	static final String[] STATUSES = { "Fully in all areas", "Partially in some areas", "Not implemented" };

	static final String[] LAST = { "Alvarez", "Brooks", "Chen", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Ito",
			"Jensen", "Khan", "Lopez", "Miller", "Nguyen", "Okafor", "Patel", "Quinn", "Rossi", "Silva", "Tanaka" };

	static final String[] FIRST = { "Ana", "Ben", "Carla", "Dev", "Elif", "Femi", "Grace", "Hugo", "Iris", "Jon",
			"Kira", "Liam", "Maya", "Noor", "Owen", "Pia", "Raj", "Sara", "Tom", "Uma" };

	final SplittableRandom random;

	final BufferedWriter groups;

	final BufferedWriter clinicians;

	final BufferedWriter checklist;

	final BufferedWriter measures;

	final int tins;

	final int acos;

	final int virtualGroups;

	long nextNpi = 100_000_000L;

	GeneratePortfolio(Path output, double scale, long seed) throws IOException {
		Files.createDirectories(output);
		random = new SplittableRandom(seed);
		tins = Math.max(10, (int) Math.round(TINS_AT_SCALE_1 * scale));
		acos = Math.max(2, tins / 500);
		virtualGroups = Math.max(2, tins / 250);
		groups = open(output.resolve("groups.csv"), "entity_type,entity_id,name,affiliated_tin,reports_pi,cehrt_id,"
				+ "pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting,reweighting_reason");
		clinicians = open(output.resolve("clinicians.csv"), "tin,npi,last_name,first_name,clinician_type,mips_eligible,"
				+ "reporting_level,entity_id,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,"
				+ "onc_direct_review,pi_reweighting,reweighting_reason");
		checklist = open(output.resolve("checklist_results.csv"),
				"entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on,assessed_by,notes");
		measures = open(output.resolve("pi_measures.csv"),
				"entity_type,entity_id,npi,measure_id,value,numerator,denominator");
	}

	static BufferedWriter open(Path file, String header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE);
		writer.write(header);
		writer.write('\n');
		return writer;
	}

	public static void main(String[] args) throws IOException {
		Path output = null;
		double scale = 1;
		long seed = 1;
		for (String arg : args) {
			if (arg.startsWith("--output=")) {
				output = Path.of(arg.substring(9));
			}
			else if (arg.startsWith("--scale=")) {
				scale = Double.parseDouble(arg.substring(8));
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(arg.substring(7));
			}
			else {
				System.err.println("usage: generate-portfolio --output=DIR [--scale=1] [--seed=1]");
				System.exit(2);
			}
		}
		if (output == null) {
			System.err.println("usage: generate-portfolio --output=DIR [--scale=1] [--seed=1]");
			System.exit(2);
		}
		var generator = new GeneratePortfolio(output, scale, seed);
		generator.generate();
		System.out.printf("generated %,d TINs, %,d ACOs, %,d virtual groups in %s%n", generator.tins, generator.acos,
				generator.virtualGroups, output);
	}

	void generate() throws IOException {
		for (int a = 0; a < acos; a++) {
			entity("APM_ENTITY", "ACO" + a, "ACO " + a, "");
		}
		for (int v = 0; v < virtualGroups; v++) {
			entity("VIRTUAL_GROUP", "VG-" + v, "Virtual group " + v, "");
		}
		for (int t = 0; t < tins; t++) {
			String tin = String.valueOf(100_000_000 + t);
			if (random.nextInt(1000) < 6) {
				groupRowRejected(tin);
			}
			else if (random.nextInt(1000) >= 5) {
				entity("GROUP", tin, "Practice " + t, "");
			}
			String subgroup = random.nextInt(100) < 4 ? String.format("SG-%08d", t) : null;
			if (subgroup != null) {
				groups.write("SUBGROUP," + subgroup + ",Subgroup of " + tin + "," + tin + ",N,,,,,,,,,\n");
			}
			int size = 1 + random.nextInt(9);
			for (int c = 0; c < size; c++) {
				clinician(tin, subgroup);
			}
		}
		groups.close();
		clinicians.close();
		checklist.close();
		measures.close();
	}

	/** A group, virtual group or APM entity row with a spread of findings, and its checklist. */
	void entity(String type, String id, String name, String affiliatedTin) throws IOException {
		int roll = random.nextInt(100);
		boolean reweighted = roll < 12 || roll == 99;
		boolean reports = roll >= 10;
		StringBuilder row = new StringBuilder(type).append(',').append(id).append(',').append(name).append(',')
			.append(affiliatedTin).append(',').append(reports ? "Y" : "N").append(',');
		if (reports) {
			row.append(submission());
		}
		else {
			row.append(",,,,,,");
		}
		row.append(',').append(reweighted ? "Y,Small practice" : "N,");
		groups.write(row.append('\n').toString());
		if (reports) {
			assessment(type, id, "");
			measureSet(type, id, "");
		}
	}

	/** cehrt_id, start, end, sra, safer, info_blocking, onc_direct_review: mostly clean, a few of each finding. */
	String submission() {
		int f = random.nextInt(200);
		String cehrt = f == 0 ? "" : f == 1 ? "0015X1234567890" : "0015C" + (1_000_000_000L + random.nextInt(1_000_000_000));
		String start = f == 2 ? "" : f == 3 ? "2024-12-01" : f == 4 || f == 5 ? "2025-07-15" : "2025-01-01";
		String end = "2025-12-31";
		String sra = f == 6 ? "N" : f == 7 ? "" : "Y";
		String safer = f == 8 ? "N" : f == 9 ? "" : "Y";
		String infoBlocking = f == 10 ? "N" : "Y";
		String onc = f == 11 ? "" : "Y";
		return String.join(",", cehrt, start, end, sra, safer, infoBlocking, onc);
	}

	/** About 20 checklist rows: complete, incomplete, outdated, missing, or in the 2016 edition. */
	void assessment(String type, String id, String npi) throws IOException {
		int roll = random.nextInt(100);
		if (roll < 3) {
			return;
		}
		boolean outdated = roll < 6;
		boolean edition2016 = roll >= 90;
		String[] practices = edition2016 ? PRACTICES_2016 : PRACTICES_2025;
		String date = outdated ? "2024-10-15" : "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
		int unanswered = roll >= 6 && roll < 11 ? random.nextInt(practices.length) : -1;
		StringBuilder rows = new StringBuilder();
		for (int p = 0; p < practices.length; p++) {
			rows.append(type).append(',').append(id).append(',').append(npi).append(',')
				.append(edition2016 ? "2016" : "2025").append(',').append(practices[p]).append(',')
				.append(p == unanswered ? "" : STATUSES[(p + roll) % 3]).append(',').append(date)
				.append(",Compliance team,\n");
		}
		checklist.write(rows.toString());
	}

	void clinician(String tin, String subgroup) throws IOException {
		String npi = npi(nextNpi++);
		String name = LAST[random.nextInt(LAST.length)] + "," + FIRST[random.nextInt(FIRST.length)];
		String eligible = random.nextInt(100) < 3 ? "N" : "Y";
		int bad = random.nextInt(1000);
		if (bad == 0) {
			clinicians.write(tin + "," + npi.substring(0, 9) + (npi.charAt(9) == '9' ? '0' : (char) (npi.charAt(9) + 1))
					+ "," + name + ",MD," + eligible + ",GROUP,,,,,,,,,,,\n");
			return;
		}
		clinicians.write(tin + "," + npi + "," + name + ",MD," + eligible + ",GROUP,,,,,,,,,,,\n");
		int extra = random.nextInt(100);
		if (extra < 8) {
			clinicians.write(tin + "," + npi + "," + name + ",MD," + eligible + ",APM_ENTITY,ACO" + random.nextInt(acos)
					+ ",,,,,,,,,,\n");
		}
		else if (extra < 11) {
			clinicians.write(tin + "," + npi + "," + name + ",NP," + eligible + ",VIRTUAL_GROUP,VG-"
					+ random.nextInt(virtualGroups) + ",,,,,,,,,,\n");
		}
		else if (extra < 16) {
			boolean reports = random.nextBoolean();
			clinicians.write(tin + "," + npi + "," + name + ",MD," + eligible + ",INDIVIDUAL,," + (reports ? "Y," + submission()
					: "N,,,,,,,") + "," + (random.nextInt(4) == 0 ? "Y,Non-patient facing" : "N,") + "\n");
			if (reports && random.nextBoolean()) {
				assessment("INDIVIDUAL", tin, npi);
			}
			if (reports) {
				measureSet("INDIVIDUAL", tin, npi);
			}
		}
		if (subgroup != null && extra % 2 == 0) {
			clinicians.write(tin + "," + npi + "," + name + ",PT," + eligible + ",SUBGROUP," + subgroup + ",,,,,,,,,,\n");
		}
		if (random.nextInt(100) < 4) {
			String otherTin = String.valueOf(100_000_000 + random.nextInt(tins));
			if (!otherTin.equals(tin)) {
				clinicians.write(otherTin + "," + npi + "," + name + ",MD," + eligible + ",GROUP,,,,,,,,,,,\n");
			}
		}
	}

	/**
	 * About 10-17 pi_measures.csv rows of an entity that reports PI: e-Prescribing, PDMP, one HIE option, patient
	 * access, the immunization registry and case reporting with their engagement levels, some bonus registries and
	 * an ignored attestation row; one entity in ten with a finding (each measure reason code, substitutes too), a
	 * few with no rows (PI_MEASURES_MISSING) and 0.1% of rows rejected (an unknown measure, a numerator above its
	 * denominator).
	 */
	void measureSet(String type, String id, String npi) throws IOException {
		int f = random.nextInt(300);
		if (f == 0) {
			return;
		}
		String entity = type + "," + id + "," + npi + ",";
		StringBuilder rows = new StringBuilder();
		java.util.function.BiConsumer<String, String> yesNo = (measure, value) -> rows.append(entity).append(measure)
			.append(',').append(value).append(",,\n");
		java.util.function.BiConsumer<String, Integer> proportion = (measure, numerator) -> rows.append(entity)
			.append(measure).append(",,").append(numerator).append(',').append(numerator + random.nextInt(200)).append('\n');
		proportion.accept("PI_EP_1", f == 1 ? 0 : 1 + random.nextInt(500));
		if (f == 2) {
			yesNo.accept("PI_LVPP_1", "YES"); // EXCLUSION_CONFLICT:PI_EP_1
		}
		else if (f == 3) {
			yesNo.accept("PI_LVPP_1", "NO"); // claims nothing
		}
		yesNo.accept("PI_EP_2", f == 4 || f == 5 ? "NO" : "YES");
		if (f == 5) {
			yesNo.accept("PI_EP_2_EX_1", "YES"); // EXCLUSION_CONFLICT:PI_EP_2; with EX_2: INVALID_COMBINATION:PI_EP_2_EX_2
			if (random.nextBoolean()) {
				yesNo.accept("PI_EP_2_EX_2", "YES");
			}
		}
		int hie = random.nextInt(3);
		if (hie == 0 || f == 6 || f == 7) {
			proportion.accept("PI_HIE_1", f == 6 ? 0 : 1 + random.nextInt(300)); // HIE_OPTION_NOT_MET
			proportion.accept("PI_HIE_4", 1 + random.nextInt(300));
		}
		if (hie == 1 || f == 7) {
			yesNo.accept("PI_HIE_5", "YES"); // with PI_HIE_1: INVALID_COMBINATION:PI_HIE_5
		}
		if (hie == 2 && f != 7) {
			yesNo.accept("PI_HIE_6", f == 8 ? "NO" : "YES");
			if (f == 9) {
				yesNo.accept("PI_LVOTC_1", "YES"); // an exclusion of a referral loop: INVALID_COMBINATION:PI_HIE_6
			}
		}
		if (f != 10) {
			proportion.accept("PI_PEA_1", 1 + random.nextInt(900)); // f == 10: MEASURE_NOT_MET:PI_PEA_1
		}
		yesNo.accept("PI_PHCDRR_1", "YES");
		if (f != 11) {
			yesNo.accept("PI_PHCDRR_1_PROD", "YES"); // f == 11: ENGAGEMENT_LEVEL_MISSING:PI_PHCDRR_1
		}
		if (f == 12) {
			yesNo.accept("PI_PHCDRR_1_PRE", "YES"); // INVALID_COMBINATION:PI_PHCDRR_1_PROD
		}
		if (f != 13) {
			yesNo.accept("PI_PHCDRR_3", f == 14 ? "NO" : "YES"); // 2025: reported is enough; missing is not
			yesNo.accept(random.nextBoolean() ? "PI_PHCDRR_3_PRE" : "PI_PHCDRR_3_PROD", "YES");
		}
		if (random.nextInt(4) != 0) {
			yesNo.accept("PI_PHCDRR_2", "YES");
			yesNo.accept("PI_PHCDRR_2_PRE", "YES");
		}
		if (random.nextBoolean()) {
			yesNo.accept("PI_PHCDRR_4", "YES");
			yesNo.accept("PI_PHCDRR_4_PROD", "YES");
		}
		if (random.nextBoolean()) {
			yesNo.accept("PI_PHCDRR_5", "YES");
			yesNo.accept("PI_PHCDRR_5_PROD", "YES");
		}
		if (random.nextBoolean()) {
			yesNo.accept("PI_PPHI_1", "YES"); // an attestation: the attestation columns rule, the row is ignored
		}
		if (f == 15) {
			yesNo.accept("PI_HIE_9", "YES"); // UNKNOWN_MEASURE
		}
		if (f == 16) {
			rows.append(entity).append("PI_EP_1,,50,40\n"); // numerator above denominator; PI_EP_1 is then a duplicate
		}
		measures.write(rows.toString());
	}

	void groupRowRejected(String tin) throws IOException {
		groups.write(random.nextBoolean() ? "GROUP," + tin + ",Bad row,,MAYBE,,,,,,,,,\n"
				: "GROUP," + tin + ",\"Unclosed quote,,Y,,,,,,,,,\n");
	}

	/** An NPI: nine digits from the counter and the Luhn check digit over 80840 and those digits. */
	static String npi(long firstNine) {
		String payload = "80840" + firstNine;
		int sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			int digit = payload.charAt(payload.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return firstNine + String.valueOf((10 - sum % 10) % 10);
	}
}
