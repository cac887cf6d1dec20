package org.pireadiness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pireadiness.Npis;
import org.pireadiness.RunFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html, the per-TIN packages and changes.csv on a hand-made 2024 portfolio. By hand: 222222222's period
 * is 179 days (PERIOD_TOO_SHORT) and reaches N3 through subgroup SG-00000001; 444444444 has no group row; so 4
 * TIN/NPIs are at risk, 1 ready, 1 reweighted, 1 not eligible, and 3 entities are at risk.
 */
class ReadableReportsTest {

	private static final String EVIL = "<script>alert(1)</script> & Sons";

	private static final String GROUPS_HEADER = "entity_type,entity_id,name,affiliated_tin,reports_pi,cehrt_id,"
			+ "pi_period_start,pi_period_end,sra,safer,info_blocking,onc_direct_review,pi_reweighting\n";

	@TempDir
	Path folder;

	private RunFixture fixture;

	private static String n(int i) {
		return Npis.nth(i);
	}

	@BeforeEach
	void portfolio() {
		fixture = new RunFixture(folder);
		fixture.write("groups.csv", GROUPS_HEADER + """
				GROUP,111111111,Alpha,,Y,0015C1234567890,2024-01-01,2024-12-31,Y,Y,Y,Y,N
				GROUP,222222222,"%s",,Y,0015C1234567890,2024-07-06,2024-12-31,Y,Y,Y,Y,N
				GROUP,333333333,Gamma,,N,,,,,,,,Y
				SUBGROUP,SG-00000001,Cardiology,222222222,N,,,,,,,,
				GROUP,12345,Typo,,N,,,,,,,,
				""".formatted(EVIL.replace("\"", "\"\"")));
		fixture.write("clinicians.csv", """
				tin,npi,last_name,first_name,reporting_level,entity_id,mips_eligible
				111111111,%1$s,Able,Ann,GROUP,,
				222222222,%1$s,Able,Ann,GROUP,,
				222222222,%2$s,Baker,Bob,GROUP,,
				222222222,%3$s,Cole,Cy,SUBGROUP,SG-00000001,
				333333333,%4$s,Dunn,Di,GROUP,,
				444444444,%5$s,Eve,Ed,GROUP,,
				111111111,%6$s,Fox,Fay,GROUP,,N
				""".formatted(n(1), n(2), n(3), n(4), n(5), n(6)));
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2016,1.1,Fully in all areas,2024-02-01
				GROUP,222222222,,2016,1.1,Fully in all areas,2024-02-01
				""");
	}

	private Document html(Path file) throws IOException {
		return Jsoup.parse(file.toFile(), "UTF-8");
	}

	private static List<String> tiles(Document page, String id) {
		return page.select("#" + id + " .tile").stream()
			.map(tile -> tile.selectFirst(".label").text() + "=" + tile.selectFirst(".value").text())
			.toList();
	}

	@Test
	void theReportShowsCountsChartsAndEntitiesAsText() throws IOException {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		Document page = html(fixture.output().resolve("report.html"));

		assertThat(tiles(page, "clinician-tiles")).containsExactly("Clinicians at risk=4", "Ready=1", "Reweighted=1",
				"Not eligible=1");
		assertThat(tiles(page, "entity-tiles")).containsExactly("Groups at risk=2", "Subgroups at risk=1", "Entities ready=1",
				"Rejected input rows=1");
		assertThat(bars(page, "reason")).containsExactly("PERIOD_TOO_SHORT=3", "PI_SOURCE_MISSING=1");
		assertThat(bars(page, "tin")).containsExactly("222222222=3", "444444444=1");

		List<Element> rows = page.select("#entities tbody tr");
		assertThat(rows).extracting(row -> row.child(0).text() + " " + row.child(1).text() + " " + row.child(4).text())
			.containsExactly("GROUP 222222222 3", "GROUP 444444444 1", "SUBGROUP SG-00000001 1");
		Element evil = rows.get(0);
		assertThat(evil.child(3).text()).isEqualTo(EVIL);
		assertThat(evil.child(5).text()).contains("179 days, 1 short of the 180 required in 2024");
		assertThat(evil.child(6).text()).contains("Extend the continuous PI performance period");

		// the only script is the page's own table script, and nothing is fetched from anywhere
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("script").first().data()).doesNotContain("alert");
		assertThat(page.select("[src], link[href]")).isEmpty();
		assertThat(page.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("at-risk-clinicians.csv",
				"at-risk-entities.csv", "entity-status.csv", "clinician-status.csv", "rejected-rows.csv", "changes.csv", "summary.json");
		assertThat(page.selectFirst("#changes").text()).contains("first run");
	}

	private static List<String> bars(Document page, String chart) {
		return page.select("svg[data-chart=" + chart + "] g.bar").stream()
			.map(bar -> bar.attr("data-label") + "=" + bar.attr("data-value"))
			.toList();
	}

	@Test
	void splitByTinWritesEachPracticeItsOwnPackage() throws IOException {
		assertThat(fixture.runJob(2024, "--split-by-tin").exitCode()).isZero();
		Path byTin = fixture.output().resolve("by-tin");
		try (Stream<Path> folders = Files.list(byTin)) {
			assertThat(folders.map(path -> path.getFileName().toString()).sorted())
				.containsExactly("111111111", "222222222", "333333333", "444444444");
		}
		assertThat(csv(byTin.resolve("222222222/at-risk-clinicians.csv"), 1, 2))
			.containsExactly("222222222 " + n(1), "222222222 " + n(2), "222222222 " + n(3));
		assertThat(csv(byTin.resolve("222222222/at-risk-entities.csv"), 1, 2))
			.containsExactly("GROUP 222222222", "SUBGROUP SG-00000001");
		assertThat(csv(byTin.resolve("444444444/at-risk-clinicians.csv"), 1, 2)).containsExactly("444444444 " + n(5));
		assertThat(csv(byTin.resolve("444444444/at-risk-entities.csv"), 1, 2)).containsExactly("GROUP 444444444");
		assertThat(csv(byTin.resolve("111111111/at-risk-clinicians.csv"), 1, 2)).isEmpty();
		assertThat(csv(byTin.resolve("111111111/at-risk-entities.csv"), 1, 2)).isEmpty();

		Document page = html(byTin.resolve("222222222/report.html"));
		assertThat(page.selectFirst("h1").text()).isEqualTo("PI readiness 2024: TIN 222222222");
		assertThat(tiles(page, "clinician-tiles")).containsExactly("Clinicians at risk=3", "Ready=0", "Reweighted=0",
				"Not eligible=0");
		assertThat(page.select("#entities tbody tr").get(0).child(3).text()).isEqualTo(EVIL);
	}

	private static List<String> csv(Path file, int... columns) throws IOException {
		return Files.readAllLines(file).stream().skip(1).map(line -> {
			String[] cells = line.split(",");
			StringBuilder picked = new StringBuilder();
			for (int column : columns) {
				picked.append(picked.length() == 0 ? "" : " ").append(cells[column]);
			}
			return picked.toString();
		}).toList();
	}

	@Test
	void changesSinceThePreviousRunRowByRow() throws IOException {
		assertThat(fixture.runJob(2024).exitCode()).isZero();
		assertThat(Files.readAllLines(fixture.output().resolve("changes.csv"))).containsExactly(
				"change,subject,tin,npi,entity_type,entity_id,old_reason_codes,new_reason_codes");

		// 111 loses its CEHRT ID, 222 fixes its period, 444 appears with SRA NO
		fixture.write("groups.csv", GROUPS_HEADER + """
				GROUP,111111111,Alpha,,Y,,2024-01-01,2024-12-31,Y,Y,Y,Y,N
				GROUP,222222222,Beta,,Y,0015C1234567890,2024-01-01,2024-12-31,Y,Y,Y,Y,N
				GROUP,333333333,Gamma,,N,,,,,,,,Y
				SUBGROUP,SG-00000001,Cardiology,222222222,N,,,,,,,,
				GROUP,444444444,Epsilon,,Y,0015C1234567890,2024-01-01,2024-12-31,N,Y,Y,Y,N
				""");
		fixture.write("checklist_results.csv", """
				entity_type,entity_id,npi,guide_version,practice_id,status,assessed_on
				GROUP,111111111,,2016,1.1,Fully in all areas,2024-02-01
				GROUP,222222222,,2016,1.1,Fully in all areas,2024-02-01
				GROUP,444444444,,2016,1.1,Fully in all areas,2024-02-01
				""");
		assertThat(fixture.runJob(2024, "--split-by-tin").exitCode()).isZero();

		assertThat(Files.readAllLines(fixture.output().resolve("changes.csv"))).containsExactly(
				"change,subject,tin,npi,entity_type,entity_id,old_reason_codes,new_reason_codes",
				"NEW_RISK,CLINICIAN,111111111," + n(1) + ",,,,CEHRT_ID_MISSING",
				"RESOLVED,CLINICIAN,222222222," + n(1) + ",,,PERIOD_TOO_SHORT,",
				"RESOLVED,CLINICIAN,222222222," + n(2) + ",,,PERIOD_TOO_SHORT,",
				"RESOLVED,CLINICIAN,222222222," + n(3) + ",,,PERIOD_TOO_SHORT,",
				"REASONS_CHANGED,CLINICIAN,444444444," + n(5) + ",,,PI_SOURCE_MISSING,SRA_NOT_YES",
				"RESOLVED,ENTITY,,,SUBGROUP,SG-00000001,PERIOD_TOO_SHORT,",
				"NEW_RISK,ENTITY,111111111,,GROUP,111111111,,CEHRT_ID_MISSING",
				"RESOLVED,ENTITY,222222222,,GROUP,222222222,PERIOD_TOO_SHORT,",
				"REASONS_CHANGED,ENTITY,444444444,,GROUP,444444444,PI_SOURCE_MISSING,SRA_NOT_YES");
		assertThat(html(fixture.output().resolve("report.html")).selectFirst("#changes").text()).contains(
				"clinicians 1 newly at risk, 3 resolved, 1 with changed reasons; entities 1 newly at risk, 2 resolved, "
						+ "1 with changed reasons");
		// each practice's page counts only its own changes; a practice without any says so
		assertThat(html(fixture.output().resolve("by-tin/444444444/report.html")).selectFirst("#changes").text())
			.contains("clinicians 0 newly at risk, 0 resolved, 1 with changed reasons; entities 0 newly at risk, "
					+ "0 resolved, 1 with changed reasons");
		assertThat(html(fixture.output().resolve("by-tin/333333333/report.html")).selectFirst("#changes").text())
			.contains("clinicians 0 newly at risk, 0 resolved, 0 with changed reasons");
		JsonNode changes = JsonMapper.builder().build().readTree(fixture.output().resolve("summary.json").toFile())
			.get("changes");
		assertThat(changes.toString())
			.isEqualTo("{\"previous_run\":true,\"new_risk\":2,\"resolved\":5,\"reasons_changed\":2}");
	}
}
