package org.pireadiness.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.pireadiness.portfolio.ChecklistAnswer;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.rules.ChecklistEvidence.Evidence;

/**
 * The SAFER High Priority Practices self-assessments of the portfolio and which of them count (contract §5.3).
 * Filled once from the checklist file, sealed, then only read.
 */
public final class ChecklistBook {

	private static final int PRACTICES_LISTED = 12;

	private final PerformanceYear year;

	private final Map<String, Set<String>> catalog;

	private final Map<String, Integer> editionNumbers = new HashMap<>();

	private final List<String> editionNames = new ArrayList<>();

	private final List<PracticeIndex> practices = new ArrayList<>();

	private final UnrecognisedStatuses unrecognised = new UnrecognisedStatuses();

	/** Each entity's rows while the file is read; emptied when the book is sealed. */
	private Map<EntityRef, EntityChecklist> byEntity = new HashMap<>();

	private final Map<String, Set<String>> requiredPractices = new ConcurrentHashMap<>();

	/** What the rows came to, once sealed; null while they are read. */
	private ChecklistEvidence sealed;

	private String lastEdition;

	private int lastEditionNumber;

	private boolean lastEditionAccepted;

	private EntityRef lastEntity;

	private EntityChecklist lastChecklist;

	/**
	 * @param catalog the practices of each edition from {@code --checklist-catalog}; an edition it does not list
	 * requires every practice that appears for it in the checklist file
	 */
	public ChecklistBook(PerformanceYear year, Map<String, Set<String>> catalog) {
		this.year = year;
		this.catalog = catalog;
	}

	public void add(ChecklistAnswer answer) {
		if (sealed != null) {
			throw new IllegalStateException("the checklist book is sealed: it takes no more rows");
		}
		if (!answer.guideEdition().equals(lastEdition)) {
			lastEdition = answer.guideEdition();
			lastEditionNumber = editionNumbers.computeIfAbsent(lastEdition, this::numberEdition);
			lastEditionAccepted = year.rules().acceptedGuideEditions().contains(lastEdition);
		}
		// an entity's rows usually come one after another, so the last one is checked before the map
		if (!answer.entity().equals(lastEntity)) {
			lastEntity = answer.entity();
			lastChecklist = byEntity.computeIfAbsent(lastEntity, entity -> new EntityChecklist());
		}
		lastChecklist.add(answer.assessedOn(), lastEditionNumber,
				practices.get(lastEditionNumber).numberOf(answer.practiceId()), answer.answered(),
				unrecognised.number(answer.unrecognisedStatus()), year.contains(answer.assessedOn()), lastEditionAccepted);
	}

	private int numberEdition(String edition) {
		if (editionNames.size() == Byte.MAX_VALUE) {
			throw new IllegalStateException("more than " + Byte.MAX_VALUE + " guide editions");
		}
		editionNames.add(edition);
		practices.add(new PracticeIndex());
		return editionNames.size() - 1;
	}

	/**
	 * Ends the filling: each entity's rows are judged once, and only what they come to is kept, as the book is read
	 * until the last clinician path is judged.
	 */
	public void seal() {
		if (sealed != null) {
			return;
		}
		var evidence = new ChecklistEvidence(byEntity.size());
		byEntity.forEach((entity, checklist) -> evidence.put(entity, evidence(checklist)));
		byEntity = Map.of();
		sealed = evidence;
		unrecognised.log();
	}

	private Evidence evidenceOf(EntityRef entity) {
		if (sealed != null) {
			return sealed.get(entity);
		}
		EntityChecklist checklist = byEntity.get(entity);
		return checklist == null ? null : evidence(checklist);
	}

	private Evidence evidence(EntityChecklist checklist) {
		return new Evidence(checklist.latestDay(), checklist.anyInYear() ? assessment(checklist) : null);
	}

	/** The checklist verdict for an entity; an individual falls back to its TIN's group assessment. */
	public ChecklistVerdict verdict(EntityRef entity) {
		return verdict(entity, entity.type() == EntityType.INDIVIDUAL ? EntityRef.group(entity.id()) : null);
	}

	/**
	 * The checklist verdict for an entity whose organisation's assessment stands in when it has none of its own in the
	 * year (contract §5.3: an individual's TIN's group; a subgroup judged on its own PI set, its affiliated group).
	 *
	 * @param organisation the group whose rows stand in, or null when none does
	 */
	public ChecklistVerdict verdict(EntityRef entity, EntityRef organisation) {
		Evidence own = evidenceOf(entity);
		Evidence group = organisation == null ? null : evidenceOf(organisation);
		if (own == null && group == null) {
			return ChecklistVerdict.of(ReasonCode.SAFER_CHECKLIST_MISSING, organisation == null
					? "no rows for " + entity.label()
					: "none for " + (entity.type() == EntityType.INDIVIDUAL ? "the clinician" : entity.label())
							+ ", none for its group " + organisation.label());
		}
		if (own != null && own.inYear() != null) {
			return own.inYear();
		}
		if (group != null && group.inYear() != null) {
			return group.inYear().asOrganisations();
		}
		return ChecklistVerdict.of(ReasonCode.SAFER_CHECKLIST_OUTDATED,
				"latest answer dated " + Evidence.latest(own, group) + ", none in " + year.year());
	}

	private ChecklistVerdict assessment(EntityChecklist assessed) {
		return completeOrNot(assessed).withUnrecognised(unrecognised.of(assessed));
	}

	private ChecklistVerdict completeOrNot(EntityChecklist assessed) {
		if (assessed.acceptedEditions() == null) {
			return ChecklistVerdict.of(ReasonCode.SAFER_GUIDE_VERSION_NOT_ACCEPTED,
					year.year() + " assessment used edition " + String.join(", ", IntStream.range(0, assessed.editionsInYear().length)
						.mapToObj(i -> editionNames.get(assessed.editionsInYear()[i])).toList())
							+ "; " + year.year() + " accepts " + String.join(", ",
									new TreeSet<>(year.rules().acceptedGuideEditions())));
		}
		return completeness(assessed);
	}

	private ChecklistVerdict completeness(EntityChecklist assessed) {
		Set<String> fewestMissing = null;
		String fewestEdition = null;
		for (var answers = assessed.acceptedEditions(); answers != null; answers = answers.next) {
			String edition = editionNames.get(answers.edition);
			PracticeIndex index = practices.get(answers.edition);
			Set<String> missing = new TreeSet<>(PracticeOrder.INSTANCE);
			for (String practice : requiredPractices(edition)) {
				if (!answers.isAnswered(index.find(practice))) {
					missing.add(practice);
				}
			}
			if (missing.isEmpty()) {
				return ChecklistVerdict.COMPLETE;
			}
			if (fewestMissing == null || missing.size() < fewestMissing.size()) {
				fewestMissing = missing;
				fewestEdition = edition;
			}
		}
		return ChecklistVerdict.of(ReasonCode.SAFER_CHECKLIST_INCOMPLETE,
				fewestEdition + " edition, unanswered: " + PracticeOrder.list(fewestMissing, PRACTICES_LISTED));
	}

	private Set<String> requiredPractices(String edition) {
		return requiredPractices.computeIfAbsent(edition, e -> {
			Set<String> listed = catalog.get(e);
			return listed != null ? listed : Set.copyOf(practices.get(editionNumbers.get(e)).ids());
		});
	}
}
