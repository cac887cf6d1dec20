package org.pireadiness.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pireadiness.intake.submission.QrdaFile;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.MeasureAnswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Contract v3 §9.1, each rule of the estimate with its arithmetic worked out by hand in the comments, against the
 * shipped points tables; and CMS's own published results (../shared/reference/cms-outcomes).
 */
class ScoreEstimatorTest {

	private static final EntityRef GROUP = EntityRef.group("123456789");

	/** Measure data from {@code ID=YES}, {@code ID=NO} and {@code ID=n/d}. */
	private static Map<String, MeasureAnswer> rows(String... measures) {
		Map<String, MeasureAnswer> rows = new LinkedHashMap<>();
		for (String measure : measures) {
			String[] parts = measure.split("=");
			String[] counts = parts[1].split("/");
			rows.put(parts[0], counts.length == 2
					? new MeasureAnswer(GROUP, parts[0], Attestation.NOT_ATTESTED, Long.parseLong(counts[0]),
							Long.parseLong(counts[1]))
					: new MeasureAnswer(GROUP, parts[0], Attestation.valueOf(parts[1]), -1, -1));
		}
		return rows;
	}

	private static ScoreEstimate estimate(int year, String... measures) {
		return new ScoreEstimator(MeasureCatalog.forYear(year), ShippedRules.year(year).rules().points())
			.estimate(rows(measures));
	}

	/** CMS's 2022 row (QPP Experience data): 40 + 39 + 10 + 5 + 5 + bonus 5 = 104, scored 100. */
	@Test
	void cms2022FullMarksAreCappedAt100() {
		// PI_PEA_1 277373/283717 of 40 = 39.1 -> 39 (the numbers of CMS's 2022 sample document)
		ScoreEstimate estimate = estimate(2022, "PI_EP_1=752879/762398", "PI_HIE_5=YES", "PI_PEA_1=277373/283717",
				"PI_PHCDRR_1=YES", "PI_PHCDRR_3=YES", "PI_PHCDRR_4=YES", "PI_PHCDRR_5=NO");
		assertThat(estimate.score()).isEqualTo(100);
		assertThat(estimate.piPoints())
			.isEqualTo("PI_EP_1=10;PI_HIE_5=40;PI_PEA_1=39;PI_PHCDRR_1=5;PI_PHCDRR_3=5;PI_PHCDRR_4=5");
		assertThat(estimate.confidence()).isEqualTo(Confidence.HIGH);
	}

	/** CMS's 2023 row: 30 + 25 + 12.5 + 12.5 + 10 + 10 = 100. */
	@Test
	void cms2023FullMarksAddUpTo100() {
		ScoreEstimate estimate = estimate(2023, "PI_EP_1=50/50", "PI_EP_2=YES", "PI_HIE_5=YES", "PI_PEA_1=80/80",
				"PI_PHCDRR_1=YES", "PI_PHCDRR_1_PROD=YES", "PI_PHCDRR_3=YES", "PI_PHCDRR_3_PROD=YES");
		assertThat(estimate.score()).isEqualTo(100);
		assertThat(estimate.piPoints())
			.isEqualTo("PI_EP_1=10;PI_EP_2=10;PI_HIE_5=30;PI_PEA_1=25;PI_PHCDRR_1=12.5;PI_PHCDRR_3=12.5");
		assertThat(estimate.confidence()).isEqualTo(Confidence.HIGH);
		assertThat(estimate.bestGain()).isEmpty();
	}

	/**
	 * A proportion: max × n / d rounded half up, at least 1 with a numerator. 2023 PI_EP_1 (max 10): 49/115 = 4.26 ->
	 * 4 (CMS's own example); 1/4 = 2.5 -> 3 (the .5 rounded up, UNCONFIRMED); 3/4 = 7.5 -> 8; 1/1000 = 0.01 -> 1 (the
	 * minimum); 0/9 -> 0.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "49/115,4", "1/4,3", "3/4,8", "1/1000,1", "0/9,0", "115/115,10" })
	void aProportionEarnsItsShareRoundedHalfUpAndAtLeastOne(String counts, int points) {
		ScoreEstimate estimate = estimate(2023, "PI_EP_1=" + counts);
		assertThat(estimate.score()).isEqualTo(points);
		assertThat(estimate.piPoints()).isEqualTo(points == 0 ? "" : "PI_EP_1=" + points);
	}

	/**
	 * The three HIE options, 2023: option 1, PI_HIE_1 1/2 of 15 = 7.5 -> 8 and PI_HIE_4 15 (MEDIUM); option 2,
	 * PI_HIE_5 YES 30 (HIGH); option 3, PI_HIE_6 YES 30 (MEDIUM). With PI_PEA_1 25 and EP_1 10 beside each.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"PI_HIE_1=1/2,PI_HIE_4=9/9|58|MEDIUM|PI_EP_1=10;PI_HIE_1=8;PI_HIE_4=15;PI_PEA_1=25",
			"PI_HIE_5=YES|65|HIGH|PI_EP_1=10;PI_HIE_5=30;PI_PEA_1=25",
			"PI_HIE_6=YES|65|MEDIUM|PI_EP_1=10;PI_HIE_6=30;PI_PEA_1=25" })
	void eachHieOptionEarnsItsPoints(String hie, int score, Confidence confidence, String points) {
		String[] options = hie.split(",");
		String[] measures = new String[options.length + 2];
		measures[0] = "PI_EP_1=1/1";
		measures[1] = "PI_PEA_1=2/2";
		System.arraycopy(options, 0, measures, 2, options.length);
		ScoreEstimate estimate = estimate(2023, measures);
		assertThat(estimate.score()).isEqualTo(score);
		assertThat(estimate.confidence()).isEqualTo(confidence);
		assertThat(estimate.piPoints()).isEqualTo(points);
	}

	/**
	 * The bonus, 5 once, carried by the first met bonus measure in id order: under the cap, 2023 EP_1 1/2 = 5, EP_2
	 * 10, HIE_5 30, PEA_1 1/2 = 12.5 -> 13, PH 12.5 + 12.5: 83, with the bonus 88; over it, full marks stay 100.
	 */
	@Test
	void theBonusCountsOnceUnderTheCapAndNotOverIt() {
		ScoreEstimate under = estimate(2023, "PI_EP_1=1/2", "PI_EP_2=YES", "PI_HIE_5=YES", "PI_PEA_1=1/2",
				"PI_PHCDRR_1=YES", "PI_PHCDRR_3=YES", "PI_PHCDRR_5=YES", "PI_PHCDRR_2=YES");
		assertThat(under.score()).isEqualTo(88);
		assertThat(under.piPoints()).endsWith("PI_PHCDRR_1=12.5;PI_PHCDRR_2=5;PI_PHCDRR_3=12.5");
		// PI_PEA_1 at its maximum would add 25 - 13 = 12, the most of any measure reported
		assertThat(under.bestGain()).isEqualTo("PI_PEA_1");
		assertThat(under.bestGainPoints()).isEqualTo(12);
		ScoreEstimate over = estimate(2023, "PI_EP_1=1/1", "PI_EP_2=YES", "PI_HIE_5=YES", "PI_PEA_1=1/1",
				"PI_PHCDRR_1=YES", "PI_PHCDRR_3=YES", "PI_PHCDRR_4=YES");
		assertThat(over.score()).isEqualTo(100);
		assertThat(over.piPoints()).contains("PI_PHCDRR_4=5");
	}

	/** 2025: electronic case reporting answered NO still earns its 12.5; in 2023 NO earns nothing. */
	@Test
	void in2025ElectronicCaseReportingAnsweredNoEarnsItsPoints() {
		assertThat(estimate(2025, "PI_PHCDRR_3=NO").piPoints()).isEqualTo("PI_PHCDRR_3=12.5");
		assertThat(estimate(2025, "PI_PHCDRR_3=NO").score()).isEqualTo(13);
		assertThat(estimate(2023, "PI_PHCDRR_3=NO").score()).isZero();
		// and its exclusion earns it too, with no points passed on (no 2025 public health edge)
		ScoreEstimate excluded = estimate(2025, "PI_PHCDRR_3_EX_1=YES", "PI_PEA_1=1/1");
		assertThat(excluded.piPoints()).isEqualTo("PI_PEA_1=25;PI_PHCDRR_3=12.5");
	}

	/**
	 * Each redistribution edge, with the confidence it gives. 2022 both public health measures excluded: their 10 to
	 * PI_PEA_1, 40 + 10 = 50 (HIGH). 2022 PI_HIE_1 or PI_HIE_4 excluded: its 20 to PI_PEA_1, 60 (MEDIUM). 2023 and
	 * 2025 PI_EP_2 excluded: its 10 to PI_EP_1, 20 (MEDIUM). 2023 both public health excluded: 25 to PI_PEA_1, 50
	 * (MEDIUM). 2023 one public health measure excluded: its 12.5 to the other, 25 (UNCONFIRMED). 2023 PI_EP_1 excluded
	 * with option 1: its 10 half to each of PI_HIE_1 and PI_HIE_4, 20 each (UNCONFIRMED). 2025 both public health
	 * excluded: no edge, PEA 25.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"2022|PI_PHCDRR_1_EX_1=YES,PI_PHCDRR_3_EX_1=YES,PI_PEA_1=1/1|PI_PEA_1=50|HIGH",
			"2022|PI_LVOTC_1=YES,PI_HIE_4=1/1,PI_PEA_1=1/1|PI_HIE_4=20;PI_PEA_1=60|MEDIUM",
			"2022|PI_LVITC_2=YES,PI_HIE_1=1/1,PI_PEA_1=1/1|PI_HIE_1=20;PI_PEA_1=60|MEDIUM",
			"2025|PI_EP_1=1/1,PI_EP_2_EX_1=YES|PI_EP_1=20|MEDIUM",
			"2023|PI_EP_1=1/1,PI_EP_2_EX_1=YES|PI_EP_1=20|MEDIUM",
			"2023|PI_PHCDRR_1_EX_1=YES,PI_PHCDRR_3_EX_1=YES,PI_PEA_1=1/1|PI_PEA_1=50|MEDIUM",
			"2023|PI_PHCDRR_1_EX_1=YES,PI_PHCDRR_3=YES|PI_PHCDRR_3=25|UNCONFIRMED",
			"2023|PI_LVPP_1=YES,PI_EP_2=YES,PI_HIE_1=1/1,PI_HIE_4=1/1|PI_EP_2=10;PI_HIE_1=20;PI_HIE_4=20|UNCONFIRMED",
			"2023|PI_LVPP_1=YES,PI_EP_2=YES,PI_HIE_5=YES|PI_EP_2=10;PI_HIE_5=40|UNCONFIRMED",
			"2025|PI_PHCDRR_1_EX_1=YES,PI_PHCDRR_3_EX_1=YES,PI_PEA_1=1/1|PI_PEA_1=25;PI_PHCDRR_3=12.5|MEDIUM" })
	void anExcludedMeasuresPointsGoWhereTheYearSays(int year, String measures, String points, Confidence confidence) {
		ScoreEstimate estimate = estimate(year, measures.split(","));
		assertThat(estimate.piPoints()).isEqualTo(points);
		assertThat(estimate.confidence()).isEqualTo(confidence);
	}

	/** CMS's 2022 APP group sample, verbatim: by hand 10 + 10 (PDMP, a 2022 bonus) + 40 + 39 + 5 + 5 + 5 = 114 -> 100. */
	@Test
	void cmssGroupSampleScoresFullMarks() throws Exception {
		Path sample = Path.of("../shared/reference/cms-samples/App1-Group-QRDA-III-2022.xml");
		assumeTrue(Files.exists(sample), "CMS's samples are not beside this checkout");
		var set = QrdaFile.read(sample, "sample.xml", 2022, List.of("2021-07-01"), MeasureCatalog.forYear(2022))
			.sets().get(0);
		ScoreEstimate estimate = new ScoreEstimator(MeasureCatalog.forYear(2022), ShippedRules.year(2022).rules().points())
			.estimate(set.measures());
		assertThat(estimate.score()).isEqualTo(100);
		assertThat(estimate.piPoints())
			.isEqualTo("PI_EP_1=10;PI_EP_2=10;PI_HIE_5=40;PI_PEA_1=39;PI_PHCDRR_1=5;PI_PHCDRR_3=5;PI_PHCDRR_4=5");
		// PDMP is a 2022 entry of MEDIUM confidence
		assertThat(estimate.confidence()).isEqualTo(Confidence.MEDIUM);
	}

	@Test
	void everyYearsTableNamesMeasuresOfItsCatalogue() {
		for (int year = 2022; year <= 2027; year++) {
			MeasureCatalog catalog = MeasureCatalog.forYear(year);
			PointsTable table = ShippedRules.year(year).rules().points();
			table.measures().forEach(entry -> assertThat(catalog.kindOf(entry.measure())).isNotNull());
			table.bonus().measures().forEach(entry -> assertThat(catalog.kindOf(entry.measure())).isNotNull());
		}
	}
}
