package org.pireadiness.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract v3 §9.2 through the whole job: the estimate in entity-status.csv, clinician-status.csv, summary.json and
 * the page, each figure worked out by hand from the 2025 points table in the comments.
 */
class EstimatedScoreJobTest {

	@TempDir
	Path folder;

	private RunFixture fixture;

	/**
	 * 111111111 READY with middling measures; the APM entity A1 READY with full marks; 222222222 at risk (no CEHRT ID);
	 * 333333333 reweighted. Cy has a GROUP path through 111111111 and an APM path through A1, both READY.
	 */
	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", """
				entity_type,entity_id,name,reports_pi,cehrt_id,pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting
				GROUP,111111111,Alpha,Y,0015C1234567890,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				GROUP,222222222,Beta,Y,,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				GROUP,333333333,Gamma,N,,,,,,,,Y
				APM_ENTITY,A1,Aco,Y,0015C1234567890,2025-01-01,2025-12-31,Y,Y,Y,Y,N
				""");
		fixture.write("clinicians.csv", """
				tin,npi,reporting_level,entity_id
				111111111,%s,GROUP,
				111111111,%s,GROUP,
				111111111,%s,APM_ENTITY,A1
				222222222,%s,GROUP,
				333333333,%s,GROUP,
				""".formatted(Npis.nth(1), Npis.nth(3), Npis.nth(3), Npis.nth(2), Npis.nth(4)));
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2025,1.1,Fully in all areas,2025-03-01
				GROUP,222222222,,2025,1.1,Fully in all areas,2025-03-01
				APM_ENTITY,A1,,2025,1.1,Fully in all areas,2025-03-01
				""");
		// Alpha, by hand: EP_1 8/40 of 10 = 2; EP_2 10; HIE_1 12/30 of 15 = 6; HIE_4 9/25 of 15 = 5.4 -> 5;
		// PEA_1 120/150 of 25 = 20; public health 12.5 + 12.5: 68. A1: 10 + 10 + 30 + 25 + 12.5 + 12.5 = 100
		StringBuilder measures = new StringBuilder("entity_type,entity_id,npi,measure_id,value,numerator,denominator\n");
		for (String row : new String[] { "PI_EP_1,,8,40", "PI_EP_2,Y,,", "PI_HIE_1,,12,30", "PI_HIE_4,,9,25",
				"PI_PEA_1,,120,150", "PI_PHCDRR_1,Y,,", "PI_PHCDRR_1_PROD,Y,,", "PI_PHCDRR_3,Y,,", "PI_PHCDRR_3_PRE,Y,," }) {
			measures.append("GROUP,111111111,,").append(row).append('\n');
		}
		for (String row : new String[] { "PI_EP_1,,40,40", "PI_EP_2,Y,,", "PI_HIE_5,Y,,", "PI_PEA_1,,150,150",
				"PI_PHCDRR_1,Y,,", "PI_PHCDRR_1_PROD,Y,,", "PI_PHCDRR_3,Y,,", "PI_PHCDRR_3_PRE,Y,," }) {
			measures.append("APM_ENTITY,A1,,").append(row).append('\n');
		}
		fixture.write("pi_measures.csv", measures.toString());
	}

	@Test
	void theEstimateIsInEveryReport() throws IOException {
		RunFixture.Result result = fixture.runJob(2025);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "estimated_pi_score", "score_confidence",
				"pi_points"))
			.containsExactly(
					"111111111|READY|68|MEDIUM|PI_EP_1=2;PI_EP_2=10;PI_HIE_1=6;PI_HIE_4=5;PI_PEA_1=20;PI_PHCDRR_1=12.5;"
							+ "PI_PHCDRR_3=12.5",
					"222222222|AT_RISK|0||", "333333333|REWEIGHTED|||",
					"A1|READY|100|MEDIUM|PI_EP_1=10;PI_EP_2=10;PI_HIE_5=30;PI_PEA_1=25;PI_PHCDRR_1=12.5;PI_PHCDRR_3=12.5");
		// Cy takes the higher of its two READY paths (100); Ann 68; Bob at risk 0; Di reweighted: empty
		assertThat(fixture.columns("clinician-status.csv", "npi", "status", "estimated_pi_score")).containsExactly(
				Npis.nth(1) + "|READY|68", Npis.nth(3) + "|READY|100", Npis.nth(2) + "|AT_RISK|0",
				Npis.nth(4) + "|REWEIGHTED|");
		// two estimates, 68 and 100: median (68 + 100) / 2 = 84.0, mean 84.0
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		JsonNode estimated = summary.get("estimated_pi_score");
		assertThat(estimated.get("entities").asInt()).isEqualTo(2);
		assertThat(estimated.get("min").asInt()).isEqualTo(68);
		assertThat(estimated.get("median").asDouble()).isEqualTo(84.0);
		assertThat(estimated.get("mean").asDouble()).isEqualTo(84.0);
		assertThat(estimated.get("bands").propertyNames()).containsExactly("0-9", "10-19", "20-29", "30-39", "40-49",
				"50-59", "60-69", "70-79", "80-89", "90-100");
		assertThat(estimated.get("bands").get("60-69").asInt()).isEqualTo(1);
		assertThat(estimated.get("bands").get("90-100").asInt()).isEqualTo(1);
		// the page: the word estimate, and Alpha under 70 with the measure that adds the most at its maximum: HIE_4
		// 15 - 5 = 10 (HIE_1 15 - 6 = 9, EP_1 10 - 2 = 8, PEA_1 25 - 20 = 5, the bonus 5)
		String page = Files.readString(fixture.output().resolve("report.html"));
		assertThat(page).contains("An estimate, not CMS's score").contains("id=\"lowest-scores\"");
		assertThat(page.replaceAll("\\s+", " ")).contains("<td>GROUP:111111111</td> <td>Alpha</td> <td class=\"number\">68</td> "
				+ "<td>MEDIUM</td> <td>PI_HIE_4</td> <td class=\"number\">10</td>");
	}

	/** §9.2: a TIN's own page shows its own entities' estimates: 111111111's clinicians depend on Alpha and A1. */
	@Test
	void aTinsPageCarriesItsOwnEstimates() throws IOException {
		assertThat(fixture.runJob(2025, "--split-by-tin").exitCode()).isZero();
		String alpha = Files.readString(fixture.output().resolve("by-tin/111111111/report.html")).replaceAll("\\s+", " ");
		assertThat(alpha).contains("<span>2</span> estimated: lowest <span>68</span>, median <span>84.0</span>")
			.contains("<td>GROUP:111111111</td>");
		String beta = Files.readString(fixture.output().resolve("by-tin/222222222/report.html"));
		assertThat(beta).contains("No READY entity has measure data").doesNotContain("id=\"lowest-scores\"");
	}

	@Test
	void aReadyEntityWithoutMeasureDataHasNoEstimate() throws IOException {
		Files.delete(fixture.input().resolve("pi_measures.csv"));
		assertThat(fixture.runJob(2025).exitCode()).isZero();
		assertThat(fixture.columns("entity-status.csv", "entity_id", "status", "estimated_pi_score", "score_confidence"))
			.contains("111111111|READY||", "222222222|AT_RISK|0|");
		JsonNode summary = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile());
		assertThat(summary.get("estimated_pi_score").get("entities").asInt()).isZero();
		assertThat(summary.get("estimated_pi_score").get("median").isNull()).isTrue();
	}
}
