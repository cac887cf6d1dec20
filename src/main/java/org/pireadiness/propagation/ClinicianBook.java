package org.pireadiness.propagation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.LongIntMap;
import org.pireadiness.portfolio.TinNpi;

/**
 * Collects the path outcomes of the clinicians file: per TIN/NPI its best status and its paths, per entity how
 * many eligible paths depend on it, and the individual submissions at risk. Sized for a national file: one slot
 * per TIN/NPI in primitive arrays, a TIN/NPI's own individual path as a marker rebuilt from its key, and at-risk
 * paths kept (without their rows) only while every path so far is at risk.
 */
public final class ClinicianBook {

	private static final byte UNSEEN = -1;

	/** The statuses by ordinal, as the tables hold them; {@code values()} would copy the array on every row. */
	private static final ClinicianStatus[] STATUSES = ClinicianStatus.values();

	/** Each entity named by a path (other than an own individual one): one shared reference, and its dependents. */
	private final Map<EntityRef, NamedEntity> named = new HashMap<>();

	private final List<PathOutcome> individualsAtRisk = new ArrayList<>();

	/** The per-TIN/NPI tables while outcomes come in; once the results are built, only those. */
	private State state;

	private sealed interface State permits Open, Closed {

		/** The book's results, built from the tables when they are still open. */
		Closed close(Executor executor);
	}

	/** One slot per TIN/NPI, in primitive arrays and shared references. */
	private static final class Open implements State {

		final LongIntMap slots;

		byte[] status;

		PathSet[] paths;

		AtRiskPaths[] atRisk;

		Open(int room) {
			slots = new LongIntMap(room);
			status = new byte[room];
			paths = new PathSet[room];
			atRisk = new AtRiskPaths[room];
		}

		@Override
		public Closed close(Executor executor) {
			long[] keys = slots.sortedKeys();
			ClinicianResult[] results = new ClinicianResult[keys.length];
			Parallel.setAll(results, i -> result(keys[i]), executor);
			return new Closed(Arrays.asList(results));
		}

		private ClinicianResult result(long key) {
			int slot = slots.get(key);
			List<AtRiskPath> outcomes = atRisk[slot] == null ? List.of() : atRisk[slot].list();
			return ClinicianTally.result(key, STATUSES[status[slot]], paths[slot].refs(key), outcomes);
		}
	}

	private record Closed(List<ClinicianResult> results) implements State {

		@Override
		public Closed close(Executor executor) {
			return this;
		}
	}

	public ClinicianBook() {
		this(1 << 12);
	}

	/** @param expectedClinicians how many TIN/NPIs to make room for at once; more only take longer */
	public ClinicianBook(int expectedClinicians) {
		state = new Open(Math.max(16, expectedClinicians));
	}

	/** Folds path outcomes in; outcomes come in file order, on one thread. */
	public void addAll(List<? extends PathOutcome> outcomes) {
		Open open = open();
		outcomes.forEach(outcome -> add(open, outcome));
	}

	/** Folds one path outcome in. */
	public void add(PathOutcome outcome) {
		add(open(), outcome);
	}

	private Open open() {
		if (state instanceof Open open) {
			return open;
		}
		throw new IllegalStateException("the clinician book is closed: its results are built");
	}

	private void add(Open book, PathOutcome outcome) {
		var row = outcome.row();
		int slot = slot(book, TinNpi.key(row.tin(), row.npi()));
		boolean individual = row.reportingLevel() == EntityType.INDIVIDUAL;
		NamedEntity path = individual ? null : named(row.path());
		book.paths[slot] = PathSet.with(book.paths[slot], individual ? PathSet.OwnSubmission.PATH : path);
		ClinicianStatus best = book.status[slot] == UNSEEN ? outcome.status()
				: STATUSES[book.status[slot]].better(outcome.status());
		book.status[slot] = (byte) best.ordinal();
		book.atRisk[slot] = best != ClinicianStatus.AT_RISK ? null
				: AtRiskPaths.with(book.atRisk[slot], AtRiskPath.of(outcome));
		if (individual) {
			// an individual submission is listed on its own, with the one clinician it affects
			if (outcome.status() == ClinicianStatus.AT_RISK) {
				individualsAtRisk.add(outcome);
			}
			return;
		}
		for (EntityRef entity : outcome.dependsOn()) {
			(entity == row.path() ? path : named(entity)).dependents++;
		}
	}

	private NamedEntity named(EntityRef entity) {
		NamedEntity known = named.get(entity);
		if (known == null) {
			known = new NamedEntity(entity);
			named.put(entity, known);
		}
		return known;
	}

	private static int slot(Open book, long key) {
		int size = book.slots.size();
		int slot = book.slots.putIfAbsent(key, size);
		if (slot >= 0) {
			return slot;
		}
		if (size == book.status.length) {
			book.status = Arrays.copyOf(book.status, size * 2);
			book.paths = Arrays.copyOf(book.paths, size * 2);
			book.atRisk = Arrays.copyOf(book.atRisk, size * 2);
		}
		book.status[size] = UNSEEN;
		return size;
	}

	/**
	 * Every TIN/NPI, ordered by TIN then NPI. Built once, in parts on the executor's threads, as a national run has a
	 * million and more; the book then holds only them (the reports need that heap) and takes no more outcomes.
	 */
	public synchronized List<ClinicianResult> results(Executor executor) {
		Closed closed = state.close(executor);
		state = closed;
		return closed.results();
	}

	/**
	 * Eligible clinician paths whose PI comes from the entity, directly or through a subgroup; not counted for
	 * INDIVIDUAL submissions, which affect their one clinician.
	 */
	public int dependents(EntityRef entity) {
		NamedEntity known = named.get(entity);
		return known == null ? 0 : known.dependents;
	}

	/** The entities named by eligible paths other than individual submissions. */
	public Iterable<EntityRef> referencedEntities() {
		return named.values().stream().filter(entity -> entity.dependents > 0).map(entity -> entity.ref).toList();
	}

	public List<PathOutcome> individualsAtRisk() {
		return individualsAtRisk;
	}
}
