package org.pireadiness.propagation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pireadiness.Npis;
import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.ChecklistAnswer;
import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.PiSubmission;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.MeasureCatalog;
import org.pireadiness.rules.MeasureRules;
import org.pireadiness.rules.ScoreEstimator;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.ReadinessCalendar;
import org.pireadiness.rules.ShippedRules;
import org.pireadiness.rules.Warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Contract §5.4 on a small portfolio judged for 2025; every expectation below was worked out by hand. */
class PropagationTest {

	private static final PiSubmission CLEAN = new PiSubmission("0015C1234567890", LocalDate.of(2025, 1, 1),
			LocalDate.of(2025, 12, 31), Attestation.YES, Attestation.YES, Attestation.YES, Attestation.YES);

	private static final PiSubmission NO_CEHRT = new PiSubmission("", CLEAN.periodStart(), CLEAN.periodEnd(),
			Attestation.YES, Attestation.YES, Attestation.YES, Attestation.YES);

	private static final PiSubmission SAFER_NO = new PiSubmission(CLEAN.cehrtId(), CLEAN.periodStart(),
			CLEAN.periodEnd(), Attestation.YES, Attestation.NO, Attestation.YES, Attestation.YES);

	private static final PiSubmission SHORT = new PiSubmission(CLEAN.cehrtId(), LocalDate.of(2025, 9, 1),
			CLEAN.periodEnd(), Attestation.YES, Attestation.YES, Attestation.YES, Attestation.YES);

	private static final Reweighting SMALL_PRACTICE = new Reweighting(true, "Small practice");

	private final Map<EntityRef, ReportingEntity> entities = new HashMap<>();

	private final ChecklistBook checklists = new ChecklistBook(ShippedRules.year(2025), Map.of());

	/** As of a day before every 2025 deadline, so no fix is late. */
	private static final ReadinessCalendar CALENDAR = new ReadinessCalendar(ShippedRules.year(2025),
			LocalDate.of(2025, 11, 1));

	/** As of the day after the self-assessments were due, before the submission window closes. */
	private static final ReadinessCalendar NEW_YEAR = new ReadinessCalendar(ShippedRules.year(2025),
			LocalDate.of(2026, 1, 1));

	private ClinicianBook book = new ClinicianBook(15, CALENDAR);

	private PathJudge judge;

	private void entity(EntityType type, String id, boolean reportsPi, PiSubmission submission,
			Reweighting reweighting, String affiliatedTin) {
		EntityRef ref = EntityRef.of(type, id);
		entities.put(ref, new ReportingEntity(ref, id + " name", affiliatedTin, reportsPi, submission, reweighting));
		checklists.add(new ChecklistAnswer(ref, "2025", "1.1", true, LocalDate.of(2025, 3, 1)));
	}

	private void path(String tin, int npi, EntityType level, String entityId) {
		path(tin, npi, level, entityId, true, false, PiSubmission.NONE, Reweighting.NONE);
	}

	private void path(String tin, int npi, EntityType level, String entityId, boolean eligible, boolean reportsPi,
			PiSubmission submission, Reweighting reweighting) {
		String npiText = Npis.nth(npi);
		EntityRef ref = switch (level) {
			case INDIVIDUAL -> EntityRef.individual(tin, npiText);
			case GROUP -> EntityRef.group(tin);
			default -> EntityRef.of(level, entityId);
		};
		book.add(judge.judge(new ClinicianRow(tin, npiText, "Last" + npi, "First" + npi, eligible, ref, reweighting,
				reportsPi, submission)));
	}

	@BeforeEach
	void portfolio() {
		entity(EntityType.GROUP, "100000001", true, CLEAN, Reweighting.NONE, "");
		entity(EntityType.GROUP, "100000002", true, NO_CEHRT, SMALL_PRACTICE, "");
		entity(EntityType.GROUP, "100000003", false, PiSubmission.NONE, SMALL_PRACTICE, "");
		entity(EntityType.GROUP, "100000004", false, PiSubmission.NONE, Reweighting.NONE, "");
		entity(EntityType.GROUP, "100000005", false, PiSubmission.NONE, Reweighting.NONE, "");
		entity(EntityType.SUBGROUP, "SG-00000001", false, PiSubmission.NONE, Reweighting.NONE, "100000002");
		entity(EntityType.SUBGROUP, "SG-00000002", false, PiSubmission.NONE, Reweighting.NONE, "100000099");
		entity(EntityType.APM_ENTITY, "A1", true, CLEAN, Reweighting.NONE, "");
		entity(EntityType.VIRTUAL_GROUP, "V1", true, SAFER_NO, Reweighting.NONE, "");
		judge = new PathJudge(judged());
		paths();
	}

	private void paths() {
		path("100000001", 1, EntityType.GROUP, "");
		path("100000002", 1, EntityType.GROUP, "");
		path("100000003", 1, EntityType.GROUP, "");
		path("100000004", 1, EntityType.GROUP, "");
		path("100000009", 1, EntityType.GROUP, "");
		path("100000002", 2, EntityType.SUBGROUP, "SG-00000001");
		path("100000002", 3, EntityType.SUBGROUP, "SG-00000002");
		path("100000002", 4, EntityType.SUBGROUP, "SG-99999999");
		path("100000004", 5, EntityType.GROUP, "");
		path("100000004", 5, EntityType.APM_ENTITY, "A1");
		path("100000004", 6, EntityType.GROUP, "");
		path("100000004", 6, EntityType.VIRTUAL_GROUP, "V1");
		path("100000004", 7, EntityType.GROUP, "");
		path("100000004", 7, EntityType.INDIVIDUAL, "", true, false, PiSubmission.NONE, SMALL_PRACTICE);
		path("100000004", 8, EntityType.GROUP, "", false, false, PiSubmission.NONE, Reweighting.NONE);
		path("100000001", 9, EntityType.GROUP, "");
		path("100000001", 9, EntityType.INDIVIDUAL, "", true, true, SHORT, Reweighting.NONE);
		path("100000001", 10, EntityType.INDIVIDUAL, "", true, true, CLEAN, Reweighting.NONE);
	}

	private static SubmissionBook noSubmissions() {
		return new SubmissionBook(ShippedRules.submissionRules(2025),
				new MeasureRules(MeasureCatalog.forYear(2025), java.util.Set.of()),
				new ScoreEstimator(MeasureCatalog.forYear(2025), ShippedRules.year(2025).rules().points()));
	}

	private PiSources judged() {
		var sources = new PiSources(ShippedRules.submissionRules(2025), checklists, MeasureBook.skipped(),
				noSubmissions());
		entities.values().forEach(sources::add);
		sources.judgeEntities();
		return sources;
	}

	private ClinicianResult clinician(String tin, int npi) {
		return book.results().stream().filter(c -> c.tin().equals(tin) && c.npi().equals(Npis.nth(npi))).findFirst()
			.orElseThrow();
	}

	@Test
	void eachRowOfThePiSourceTable() {
		assertThat(clinician("100000001", 1).status()).isEqualTo(ClinicianStatus.READY);
		assertThat(clinician("100000003", 1).status()).isEqualTo(ClinicianStatus.REWEIGHTED);
		ClinicianResult notReported = clinician("100000004", 1);
		assertThat(notReported.status()).isEqualTo(ClinicianStatus.AT_RISK);
		assertThat(notReported.reasonCodes()).containsExactly("PI_NOT_REPORTED");
		ClinicianResult missing = clinician("100000009", 1);
		assertThat(missing.reasonCodes()).containsExactly("PI_SOURCE_MISSING");
		assertThat(missing.inheritedFrom()).containsExactly("GROUP:100000009");
		ClinicianResult inherited = clinician("100000002", 1);
		assertThat(inherited.reasonCodes()).containsExactly("CEHRT_ID_MISSING");
		assertThat(inherited.inheritedFrom()).containsExactly("GROUP:100000002");
		assertThat(inherited.warnings()).containsExactly(Warning.REWEIGHTING_VOIDED_BY_SUBMISSION);
	}

	/**
	 * The book's tables start with room for 1024 TIN/NPIs and double as they fill: 3,000 more clinicians of group
	 * 100000004 (PI not reported), every third of whom later gets a second path through APM entity A1 (clean), after
	 * the tables have grown twice. By hand: NPIs 11 to 3010 hold 1,000 multiples of 3, READY by A1; 2,000 stay AT_RISK.
	 */
	@Test
	void theTablesGrowWithoutLosingAPath() {
		for (int npi = 11; npi <= 3010; npi++) {
			path("100000004", npi, EntityType.GROUP, "");
		}
		for (int npi = 12; npi <= 3010; npi += 3) {
			path("100000004", npi, EntityType.APM_ENTITY, "A1");
		}
		int ready = 0;
		int atRisk = 0;
		for (ClinicianResult result : book.results()) {
			int npi = Integer.parseInt(result.npi().substring(1, 9));
			if (!result.tin().equals("100000004") || npi < 11) {
				continue;
			}
			if (npi % 3 == 0) {
				assertThat(result.status()).isEqualTo(ClinicianStatus.READY);
				assertThat(result.paths()).containsExactly("APM_ENTITY:A1", "GROUP:100000004");
				ready++;
			}
			else {
				assertThat(result.status()).isEqualTo(ClinicianStatus.AT_RISK);
				assertThat(result.reasonCodes()).containsExactly("PI_NOT_REPORTED");
				assertThat(result.paths()).containsExactly("GROUP:100000004");
				atRisk++;
			}
		}
		assertThat(ready).isEqualTo(1000);
		assertThat(atRisk).isEqualTo(2000);
	}

	@Test
	void subgroupsTakeTheirAffiliatedGroupsPiData() {
		ClinicianResult viaSubgroup = clinician("100000002", 2);
		assertThat(viaSubgroup.reasonCodes()).containsExactly("CEHRT_ID_MISSING");
		assertThat(viaSubgroup.inheritedFrom()).containsExactly("GROUP:100000002");
		assertThat(viaSubgroup.paths()).containsExactly("SUBGROUP:SG-00000001");
		ClinicianResult groupMissing = clinician("100000002", 3);
		assertThat(groupMissing.reasonCodes()).containsExactly("PI_SOURCE_MISSING");
		assertThat(groupMissing.inheritedFrom()).containsExactly("GROUP:100000099");
		ClinicianResult subgroupMissing = clinician("100000002", 4);
		assertThat(subgroupMissing.inheritedFrom()).containsExactly("SUBGROUP:SG-99999999");
	}

	@Test
	void aTinNpiTakesItsBestPathAndTheUnionOfReasonsWhenAllAreAtRisk() {
		ClinicianResult ready = clinician("100000004", 5);
		assertThat(ready.status()).isEqualTo(ClinicianStatus.READY);
		assertThat(ready.reasons()).isEmpty();
		assertThat(ready.paths()).containsExactly("APM_ENTITY:A1", "GROUP:100000004");
		ClinicianResult union = clinician("100000004", 6);
		assertThat(union.status()).isEqualTo(ClinicianStatus.AT_RISK);
		assertThat(union.reasonCodes()).containsExactly("PI_NOT_REPORTED", "SAFER_NOT_ATTESTED");
		assertThat(union.inheritedFrom()).containsExactly("GROUP:100000004", "VIRTUAL_GROUP:V1");
		assertThat(clinician("100000004", 7).status()).isEqualTo(ClinicianStatus.REWEIGHTED);
	}

	@Test
	void aClinicianNotMipsEligibleIsNeverAtRisk() {
		ClinicianResult notEligible = clinician("100000004", 8);
		assertThat(notEligible.status()).isEqualTo(ClinicianStatus.NOT_ELIGIBLE);
		assertThat(notEligible.reasons()).isEmpty();
	}

	@Test
	void anIndividualSubmissionIsJudgedOnItsOwnDataAndItsGroupsChecklist() {
		ClinicianResult ownFindingsButGroupReady = clinician("100000001", 9);
		assertThat(ownFindingsButGroupReady.status()).isEqualTo(ClinicianStatus.READY);
		assertThat(clinician("100000001", 10).status()).isEqualTo(ClinicianStatus.READY);
		// the own path is kept as a marker and rebuilt from the TIN/NPI when read
		assertThat(clinician("100000001", 10).pathRefs())
			.containsExactly(EntityRef.individual("100000001", Npis.nth(10)));
		assertThat(clinician("100000002", 1).pathRefs()).containsExactly(EntityRef.group("100000002"));
	}

	@Test
	void affectedClinicianPathsCountDirectAndSubgroupPaths() {
		assertThat(book.dependents(EntityRef.group("100000002"))).isEqualTo(2);
		assertThat(book.dependents(EntityRef.group("100000004"))).isEqualTo(4);
		assertThat(book.dependents(EntityRef.of(EntityType.SUBGROUP, "SG-00000001"))).isEqualTo(1);
		assertThat(book.dependents(EntityRef.group("100000099"))).isEqualTo(1);
	}

	/** The sources keep each entity's name and affiliation, not its submission: what it lacked is found at once. */
	@Test
	void judgedEntitiesKeepNoSubmission() {
		var sources = judged();
		EntityRef group = EntityRef.group("100000002");
		assertThat(sources.entity(group).name()).isEqualTo("100000002 name");
		assertThat(sources.entity(group).submission()).isEqualTo(PiSubmission.NONE);
		assertThat(sources.entity(EntityRef.of(EntityType.SUBGROUP, "SG-00000001")).affiliatedTin())
			.isEqualTo(entities.get(EntityRef.of(EntityType.SUBGROUP, "SG-00000001")).affiliatedTin());
		assertThat(sources.forEntity(group).findings()).extracting(Finding::code)
			.containsExactly(ReasonCode.CEHRT_ID_MISSING);
	}

	@Test
	void theEntitiesAtRisk() {
		var sources = judged();
		List<EntityResult> atRisk = EntityStatuses.atRisk(EntityStatuses.list(sources, book, CALENDAR));
		assertThat(atRisk).extracting(e -> e.ref().type(), e -> e.ref().id(), EntityResult::affectedClinicians,
				e -> List.copyOf(e.reasonCodes()))
			.containsExactly(tuple(EntityType.GROUP, "100000002", 2, List.of("CEHRT_ID_MISSING")),
					tuple(EntityType.GROUP, "100000004", 4, List.of("PI_NOT_REPORTED")),
					tuple(EntityType.GROUP, "100000009", 1, List.of("PI_SOURCE_MISSING")),
					tuple(EntityType.GROUP, "100000099", 1, List.of("PI_SOURCE_MISSING")),
					tuple(EntityType.VIRTUAL_GROUP, "V1", 1, List.of("SAFER_NOT_ATTESTED")),
					tuple(EntityType.SUBGROUP, "SG-00000001", 1, List.of("CEHRT_ID_MISSING")),
					tuple(EntityType.SUBGROUP, "SG-00000002", 1, List.of("PI_SOURCE_MISSING")),
					tuple(EntityType.SUBGROUP, "SG-99999999", 1, List.of("PI_SOURCE_MISSING")),
					tuple(EntityType.INDIVIDUAL, "100000001", 1, List.of("PERIOD_TOO_SHORT")));
		assertThat(atRisk.get(0).warnings()).containsExactly(Warning.REWEIGHTING_VOIDED_BY_SUBMISSION);
		assertThat(atRisk.get(8).ref().npi()).isEqualTo(Npis.nth(9));
		assertThat(atRisk.get(8).name()).isEqualTo("Last9, First9");
	}

	/**
	 * Contract §8.2-§8.3. 100000004/6 is at risk through GROUP 100000004 (PI_NOT_REPORTED, by 2026-03-31) and V1
	 * (SAFER_NOT_ATTESTED, only YES accepted in 2025, so by 2025-12-31): fixing either rescues it, so the later.
	 */
	@Test
	void aClinicianWithTwoAtRiskPathsHasTheLaterFixBy() {
		assertThat(clinician("100000004", 6).fixBy()).isEqualTo("2026-03-31");
		assertThat(clinician("100000004", 1).fixBy()).isEqualTo("2026-03-31");
		assertThat(clinician("100000004", 5).fixBy()).isNull();
		List<EntityResult> entities = EntityStatuses.atRisk(EntityStatuses.list(judged(), book, CALENDAR));
		assertThat(entities).filteredOn(e -> e.ref().id().equals("V1")).extracting(EntityResult::fixBy)
			.containsExactly(LocalDate.of(2025, 12, 31));
	}

	/**
	 * Rescuable: the at-risk TIN/NPIs with a path through the entity. GROUP 100000002: its own /1 and /2 through
	 * SG-00000001. GROUP 100000004: /1 and /6; /5 is READY (A1), /7 REWEIGHTED, /8 NOT_ELIGIBLE. The INDIVIDUAL
	 * 100000001/9 is at risk but its clinician is READY through the group: none.
	 */
	@Test
	void rescuableCliniciansCountAtRiskTinNpisThroughTheEntityOrItsSubgroups() {
		List<EntityResult> atRisk = EntityStatuses.atRisk(EntityStatuses.list(judged(), book, CALENDAR));
		assertThat(atRisk).extracting(e -> e.ref().label(), EntityResult::affectedClinicians,
				EntityResult::rescuableClinicians)
			.containsExactly(tuple("GROUP:100000002", 2, 2), tuple("GROUP:100000004", 4, 2),
					tuple("GROUP:100000009", 1, 1), tuple("GROUP:100000099", 1, 1), tuple("VIRTUAL_GROUP:V1", 1, 1),
					tuple("SUBGROUP:SG-00000001", 1, 1), tuple("SUBGROUP:SG-00000002", 1, 1),
					tuple("SUBGROUP:SG-99999999", 1, 1), tuple("INDIVIDUAL:100000001", 1, 0));
	}

	/**
	 * As of 2026-01-01 V1's fix (by 2025-12-31) is late, but 100000004/6 can still be rescued through its group
	 * by 2026-03-31: the entity is warned, the clinician is not. 100000002/1 (CEHRT, by 2026-03-31) is not late.
	 */
	@Test
	void deadlinePassedBelongsToTheRowWhoseFixByHasPassed() {
		book = new ClinicianBook(15, NEW_YEAR);
		paths();
		List<EntityResult> atRisk = EntityStatuses.atRisk(EntityStatuses.list(judged(), book, NEW_YEAR));
		assertThat(atRisk).filteredOn(e -> e.warnings().contains(Warning.DEADLINE_PASSED))
			.extracting(e -> e.ref().label()).containsExactly("VIRTUAL_GROUP:V1");
		assertThat(clinician("100000004", 6).warnings()).doesNotContain(Warning.DEADLINE_PASSED);
		assertThat(clinician("100000002", 1).warnings()).doesNotContain(Warning.DEADLINE_PASSED);

		var afterTheWindow = new ReadinessCalendar(ShippedRules.year(2025), LocalDate.of(2026, 4, 1));
		book = new ClinicianBook(15, afterTheWindow);
		paths();
		assertThat(clinician("100000004", 6).warnings()).contains(Warning.DEADLINE_PASSED);
		assertThat(clinician("100000004", 5).warnings()).doesNotContain(Warning.DEADLINE_PASSED);
	}

	@Test
	void aVerdictAskedForBeforeTheEntitiesAreJudgedIsRefused() {
		var sources = new PiSources(ShippedRules.submissionRules(2025), checklists, MeasureBook.skipped(),
				noSubmissions());
		entities.values().forEach(sources::add);
		assertThatThrownBy(() -> sources.forEntity(EntityRef.group("100000001")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("judgeEntities runs first");
	}
}
