package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.portfolio.Reweighting;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.ChecklistVerdict;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.SubmissionFindings;
import org.pireadiness.rules.SubmissionRules;

/**
 * The reporting entities of the portfolio, the PI source of each clinician path, and their verdicts (contract
 * §5.4). Each entity of {@code groups.csv} is added with its own PI data (CEHRT ID, period, attestations) judged
 * at once, keeping the findings, not the submission: a national portfolio has a quarter of a million. Once the
 * checklist and measure books are sealed, {@link #judgeEntities} adds theirs; each individual submission is
 * judged as its row streams by, on any thread, as judging only reads.
 */
public final class PiSources {

	private static final Logger log = LoggerFactory.getLogger(PiSources.class);

	private final Map<EntityRef, ListedEntity> listed = new HashMap<>();

	/** Verdicts for entities that paths name but the groups file lacks: many rows may name the same one. */
	private final Map<EntityRef, SourceAssessment> absent = new ConcurrentHashMap<>();

	private final SubmissionRules rules;

	private final ChecklistBook checklists;

	private final MeasureBook measures;

	private boolean judged;

	private final SubmissionBook submissions;

	/** @param checklists sealed; @param measures sealed; @param submissions every submission file read */
	public PiSources(SubmissionRules rules, ChecklistBook checklists, MeasureBook measures, SubmissionBook submissions) {
		this.rules = rules;
		this.checklists = checklists;
		this.measures = measures;
		this.submissions = submissions;
	}

	/** Adds one entity of {@code groups.csv}; called on one thread, as the file is read. */
	public void add(ReportingEntity entity) {
		SubmissionFindings own = entity.reportsPi() ? rules.assess(entity.submission()) : SubmissionFindings.NONE;
		listed.put(entity.ref(), new ListedEntity(entity.judged(), own, entity.reportsPi(), true));
	}

	/**
	 * Judges every entity, now that the books are sealed and the submission files read: an entity a PI set names is
	 * judged on its sets (and added when the exports lack it), any other one on its export data; returns how many.
	 */
	public int judgeEntities() {
		for (EntityRef ref : submissions.entities()) {
			if (ref.type() != EntityType.INDIVIDUAL && !listed.containsKey(ref)) {
				listed.put(ref, ListedEntity.namedBySubmission(ref));
			}
		}
		for (ListedEntity source : listed.values()) {
			ReportingEntity entity = source.entity;
			SubmissionBook.Named files = submissions.of(entity.ref());
			if (files.any()) {
				source.verdict = fromFiles(entity.ref(), source.exportData, files, entity.reweighting());
			}
			else if (entity.type() != EntityType.SUBGROUP) {
				source.verdict = verdict(entity.ref(), entity.reportsPi(), entity.reweighting(), () -> source.own);
			}
		}
		judged = true;
		// the listed entities' measure verdicts are read only above; the individual submissions' as their rows stream by
		measures.keepIndividualsOnly();
		return listed.size();
	}

	/** An entity a file names with a PI set, taken or refused: judged by its files only (contract §7.4). */
	private SourceAssessment fromFiles(EntityRef ref, boolean exportData, SubmissionBook.Named files,
			Reweighting reweighting) {
		if (exportData) {
			String file = files.sets().isEmpty() ? files.refusals().get(0).file() : files.sets().get(0).file();
			log.info("{}: its export PI data (columns and pi_measures.csv rows) is replaced by its submission file {}",
					ref.label() + (ref.npi().isEmpty() ? "" : "/" + ref.npi()), file);
		}
		return BestSet.of(ref, files, reweighting, () -> rules.checklist(() -> checklist(ref)));
	}

	/**
	 * The checklist of an entity judged on its own PI data: a subgroup's own rows dated in the year, otherwise its
	 * affiliated group's (contract §5.3, as an individual's TIN's group stands in for it).
	 */
	private ChecklistVerdict checklist(EntityRef ref) {
		if (ref.type() != EntityType.SUBGROUP) {
			return checklists.verdict(ref);
		}
		ListedEntity subgroup = listed.get(ref);
		String tin = subgroup == null ? "" : subgroup.entity.affiliatedTin();
		return checklists.verdict(ref, tin.isEmpty() ? null : EntityRef.group(tin));
	}

	/** The verdict of the PI source of one clinician path. */
	public SourceAssessment forPath(ClinicianRow row) {
		return switch (row.reportingLevel()) {
			case INDIVIDUAL -> individual(row);
			case SUBGROUP -> forSubgroup(row.path());
			default -> forEntity(row.path());
		};
	}

	/** An individual submission's verdict: by its files when a file names it, else by its row's columns. */
	private SourceAssessment individual(ClinicianRow row) {
		SubmissionBook.Named files = submissions.of(row.path());
		return files.any() ? fromFiles(row.path(), row.reportsPi(), files, row.reweighting())
				: verdict(row.path(), row.reportsPi(), row.reweighting(), () -> rules.assess(row.submission()));
	}

	/** The verdict of a listed or referenced entity; a SUBGROUP without a set takes its affiliated group's. */
	public SourceAssessment forEntity(EntityRef ref) {
		if (ref.type() == EntityType.SUBGROUP) {
			return forSubgroup(ref);
		}
		if (!judged) {
			throw new IllegalStateException("the entities are not judged yet: judgeEntities runs first");
		}
		ListedEntity source = listed.get(ref);
		return source != null ? source.verdict : absent.computeIfAbsent(ref, ExportVerdict::missing);
	}

	/**
	 * The group a subgroup takes its PI data from; null when the subgroup is not listed, or takes its PI from a set of
	 * its own.
	 */
	public EntityRef affiliatedGroup(EntityRef subgroup) {
		ListedEntity source = listed.get(subgroup);
		return source == null || source.verdict != null ? null : EntityRef.group(source.entity.affiliatedTin());
	}

	/**
	 * Whether the portfolio knows an entity (contract §7.4): {@code groups.csv} lists it, a set CMS would take names it,
	 * or {@code clinicians.csv} names it. One that only refused submissions name is not listed, and their refusals count
	 * as unattributed.
	 */
	public boolean knows(EntityRef ref, ClinicianBook clinicians) {
		ListedEntity source = listed.get(ref);
		return source != null && source.inGroupsFile || !submissions.setsOf(ref).isEmpty() || clinicians.names(ref);
	}

	/** A listed entity without its submission, or null. */
	public ReportingEntity entity(EntityRef ref) {
		ListedEntity source = listed.get(ref);
		return source == null ? null : source.entity;
	}

	/** The listed entities, and those the submission files add. */
	public Collection<EntityRef> listedEntities() {
		return listed.keySet();
	}

	private SourceAssessment forSubgroup(EntityRef subgroup) {
		ListedEntity own = listed.get(subgroup);
		if (own != null && own.verdict != null) {
			return own.verdict;
		}
		EntityRef group = affiliatedGroup(subgroup);
		return group == null ? absent.computeIfAbsent(subgroup, ExportVerdict::missing) : forEntity(group);
	}

	private SourceAssessment verdict(EntityRef ref, boolean reportsPi, Reweighting reweighting,
			Supplier<SubmissionFindings> ownData) {
		return ExportVerdict.of(ref, reportsPi, reweighting, ownData, () -> rules.checklist(() -> checklists.verdict(ref)),
				() -> measures.findings(ref), () -> measures.estimate(ref));
	}
}
