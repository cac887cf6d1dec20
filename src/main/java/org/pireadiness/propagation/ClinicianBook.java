package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.rules.ReadinessCalendar;

/**
 * Collects the path outcomes of the clinicians file: per TIN/NPI its best status and its paths (in
 * {@link ClinicianTables}), per entity how many eligible paths depend on it, and the individual submissions. Once
 * its results are built it is closed: it keeps them, not the tables, and takes no more outcomes.
 */
public final class ClinicianBook {

	/** Each entity named by a path (other than an own individual one): one shared reference, and its dependents. */
	private final Map<EntityRef, NamedEntity> named = new HashMap<>();

	private final List<IndividualSubmission> individuals = new ArrayList<>();

	private final int smallPracticeMaxNpis;

	private final ReadinessCalendar calendar;

	/** The tables while outcomes come in, then the results built from them. */
	private State state;

	private sealed interface State permits Open, Closed {

		/** The results, built from the tables when they are still open. */
		Closed closed(ClinicianBook book);
	}

	private record Open(ClinicianTables tables) implements State {

		@Override
		public Closed closed(ClinicianBook book) {
			var order = tables.keyOrder();
			var warnings = new SourceWarnings(tables.npisByTin(order), book.smallPracticeMaxNpis);
			tables.countClinicians(order);
			return new Closed(tables.results(order, warnings, book.calendar), warnings);
		}
	}

	private record Closed(List<ClinicianResult> results, SourceWarnings warnings) implements State {

		@Override
		public Closed closed(ClinicianBook book) {
			return this;
		}

		/** Whether the TIN/NPI is at risk. */
		boolean atRisk(long tinNpi) {
			ClinicianResult result = find(tinNpi);
			return result != null && result.status() == ClinicianStatus.AT_RISK;
		}

		/**
		 * The TIN/NPI's result, or null: the results are in key order, unsigned (a TIN from 536870912 up sets a
		 * key's sign bit).
		 */
		ClinicianResult find(long tinNpi) {
			int low = 0;
			int high = results.size() - 1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				ClinicianResult result = results.get(middle);
				int order = Long.compareUnsigned(result.tinNpi(), tinNpi);
				if (order == 0) {
					return result;
				}
				if (order < 0) {
					low = middle + 1;
				}
				else {
					high = middle - 1;
				}
			}
			return null;
		}
	}

	/**
	 * @param smallPracticeMaxNpis a TIN with at most this many distinct NPIs may be a small practice
	 * @param calendar by when each path's fix is due, as of the run's date
	 */
	public ClinicianBook(int smallPracticeMaxNpis, ReadinessCalendar calendar) {
		this.state = new Open(new ClinicianTables(1024));
		this.smallPracticeMaxNpis = smallPracticeMaxNpis;
		this.calendar = calendar;
	}

	/** Folds path outcomes in; outcomes come in file order, on one thread. */
	public void addAll(List<? extends PathOutcome> outcomes) {
		outcomes.forEach(this::add);
	}

	/** Folds one path outcome in. */
	public void add(PathOutcome outcome) {
		if (!(state instanceof Open open)) {
			throw new IllegalStateException("the clinician book is closed: its results are built");
		}
		var row = outcome.row();
		boolean individual = row.reportingLevel() == EntityType.INDIVIDUAL;
		NamedEntity path = individual ? null : named(row.path());
		open.tables().add(TinNpi.key(row.tin(), row.npi()), individual ? PathSet.OwnSubmission.PATH : path, outcome);
		if (individual) {
			// an individual submission is listed on its own, with the one clinician it affects
			if (outcome.status() != ClinicianStatus.NOT_ELIGIBLE) {
				individuals.add(IndividualSubmission.of(outcome));
			}
			return;
		}
		List<EntityRef> dependsOn = outcome.dependsOn();
		for (EntityRef entity : dependsOn) {
			(entity == row.path() ? path : named(entity)).dependents++;
		}
		if (dependsOn.size() > 1) {
			path.through = named(dependsOn.get(1));
		}
	}

	private NamedEntity named(EntityRef entity) {
		return named.computeIfAbsent(entity, NamedEntity::new);
	}

	/**
	 * Every TIN/NPI, ordered by TIN then NPI. Built once, as a national run has a million and more; the book then
	 * lets its tables go (the reports need that heap) and takes no more outcomes.
	 */
	public synchronized List<ClinicianResult> results() {
		return closed().results();
	}

	private Closed closed() {
		Closed closed = state.closed(this);
		state = closed;
		return closed;
	}

	/**
	 * Eligible clinician paths whose PI comes from the entity, directly or through a subgroup; not counted for
	 * INDIVIDUAL submissions, which affect their one clinician.
	 */
	public int dependents(EntityRef entity) {
		NamedEntity known = named.get(entity);
		return known == null ? 0 : known.dependents;
	}

	/** The distinct eligible TIN/NPIs with a path through the entity; known once the results are built. */
	public int clinicians(EntityRef entity) {
		NamedEntity known = named.get(entity);
		return known == null ? 0 : known.clinicians;
	}

	/** The at-risk TIN/NPIs with a path through the entity; known once the results are built. */
	public int rescuable(EntityRef entity) {
		NamedEntity known = named.get(entity);
		return known == null ? 0 : known.rescuable;
	}

	/** Whether the TIN/NPI of an individual submission is at risk; the book is closed for it. */
	synchronized boolean atRisk(long tinNpi) {
		return closed().atRisk(tinNpi);
	}

	/**
	 * Whether {@code clinicians.csv} (or a set CMS would take) names the entity: a path's entity for a group, virtual
	 * group, APM entity or subgroup, a TIN/NPI of its rows for an individual submission. The book is closed for it.
	 */
	public synchronized boolean names(EntityRef entity) {
		return entity.type() == EntityType.INDIVIDUAL ? closed().find(TinNpi.key(entity.id(), entity.npi())) != null
				: named.containsKey(entity);
	}

	/** The entities named by eligible paths other than individual submissions. */
	public Iterable<EntityRef> referencedEntities() {
		return named.values().stream().filter(entity -> entity.dependents > 0).map(entity -> entity.ref).toList();
	}

	/** The individual submissions of MIPS eligible clinicians, in file order. */
	public List<IndividualSubmission> individuals() {
		return individuals;
	}

	/** What a source's warnings are, with those that need the whole file: the book is closed for it. */
	synchronized SourceWarnings sourceWarnings() {
		return closed().warnings();
	}
}
