package org.pireadiness.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ObjLongConsumer;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.EntityType;
import org.pireadiness.propagation.ClinicianResult;
import org.pireadiness.propagation.ClinicianStatus;
import org.pireadiness.propagation.EntityResult;

/**
 * The "fix first" table of {@code report.html} (contract §8.3): the entities at risk by how many of the page's
 * at-risk TIN/NPIs fixing each would rescue (a TIN/NPI is READY as soon as one of its paths is), most first, then
 * the earliest fix-by date, then type, id and NPI; with a running total that counts each TIN/NPI once.
 *
 * @param rows the first {@link #SHOWN} entities in that order
 * @param entitiesAtRisk every entity at risk on the page
 * @param atRiskClinicians every TIN/NPI at risk on the page, what the running total is out of
 */
record FixFirst(List<Row> rows, int entitiesAtRisk, int atRiskClinicians) {

	/** The page lists this many; {@code at-risk-entities.csv} has them all, with {@code rescuable_clinicians}. */
	static final int SHOWN = 20;

	/**
	 * @param rescues the page's at-risk TIN/NPIs with a path through the entity
	 * @param rescuedSoFar the distinct TIN/NPIs that this row and the rows above rescue
	 * @param percent {@code rescuedSoFar} of all at-risk TIN/NPIs, rounded half up
	 */
	record Row(String type, String id, String npi, String name, int rescues, LocalDate fixBy, long daysLeft,
			String codes, int rescuedSoFar, int percent) {
	}

	/** An entity at risk, and the page's at-risk TIN/NPIs with a path through it. */
	private static final class Rescue {

		final EntityResult entity;

		int count;

		/** Kept only for the rows shown, for the running total. */
		Set<Long> clinicians;

		Rescue(EntityResult entity) {
			this.entity = entity;
		}
	}

	private static final Comparator<Rescue> ORDER = Comparator.comparingInt((Rescue rescue) -> -rescue.count)
		.thenComparing(rescue -> rescue.entity.fixBy())
		.thenComparing(rescue -> rescue.entity.ref().type().name())
		.thenComparing(rescue -> rescue.entity.ref().id())
		.thenComparing(rescue -> rescue.entity.ref().npi());

	static FixFirst of(RunReport run) {
		var rescues = new Rescues(run.atRiskEntities());
		int atRisk = rescues.visit(run.clinicians(), (rescue, key) -> rescue.count++);
		List<Rescue> shown = rescues.first(SHOWN);
		shown.forEach(rescue -> rescue.clinicians = new HashSet<>());
		rescues.visit(run.clinicians(), (rescue, key) -> {
			if (rescue.clinicians != null) {
				rescue.clinicians.add(key);
			}
		});
		Set<Long> rescued = new HashSet<>();
		List<Row> rows = new ArrayList<>();
		for (Rescue rescue : shown) {
			rescued.addAll(rescue.clinicians);
			EntityResult entity = rescue.entity;
			rows.add(new Row(entity.ref().type().name(), entity.ref().id(), entity.ref().npi(), entity.name(),
					rescue.count, entity.fixBy(), run.calendar().daysLeft(entity.fixBy()),
					Cells.codes(entity.reasonCodes()), rescued.size(), percent(rescued.size(), atRisk)));
		}
		return new FixFirst(rows, run.atRiskEntities().size(), atRisk);
	}

	/** M of K as a whole percentage, half up, in integers. */
	static int percent(int part, int whole) {
		return whole == 0 ? 0 : (int) ((200L * part + whole) / (2L * whole));
	}

	/** The entities at risk by reference, and a subgroup's group by its label. */
	private static final class Rescues {

		private final Map<EntityRef, Rescue> byRef = new HashMap<>();

		private final Map<String, Rescue> byLabel = new HashMap<>();

		Rescues(List<EntityResult> atRisk) {
			for (EntityResult entity : atRisk) {
				Rescue rescue = new Rescue(entity);
				byRef.put(entity.ref(), rescue);
				if (entity.ref().type() != EntityType.INDIVIDUAL) {
					byLabel.put(entity.ref().label(), rescue);
				}
			}
		}

		/**
		 * The first {@code count} in {@link FixFirst#ORDER}, kept in a queue whose head is the last of them: a national run has
		 * tens of thousands of entities at risk, and only these are sorted (issue 29: a sixth of the page's time went
		 * to sorting them all).
		 */
		List<Rescue> first(int count) {
			PriorityQueue<Rescue> first = new PriorityQueue<>(count + 1, ORDER.reversed());
			for (Rescue rescue : byRef.values()) {
				if (first.size() < count) {
					first.add(rescue);
				}
				else if (ORDER.compare(rescue, first.peek()) < 0) {
					first.poll();
					first.add(rescue);
				}
			}
			List<Rescue> inOrder = new ArrayList<>(first);
			inOrder.sort(ORDER);
			return inOrder;
		}

		/**
		 * Calls {@code each} once for every entity at risk and every at-risk TIN/NPI with a path through it, directly
		 * or through a subgroup; returns how many TIN/NPIs are at risk.
		 */
		int visit(List<ClinicianResult> clinicians, ObjLongConsumer<Rescue> each) {
			int atRisk = 0;
			Set<Rescue> through = Collections.newSetFromMap(new IdentityHashMap<>());
			for (ClinicianResult clinician : clinicians) {
				if (clinician.status() != ClinicianStatus.AT_RISK) {
					continue;
				}
				atRisk++;
				through.clear();
				for (EntityRef path : clinician.pathRefs()) {
					Rescue direct = byRef.get(path);
					if (direct != null) {
						through.add(direct);
						Rescue source = byLabel.get(direct.entity.dataFrom());
						if (source != null) {
							through.add(source);
						}
					}
				}
				through.forEach(rescue -> each.accept(rescue, clinician.tinNpi()));
			}
			return atRisk;
		}
	}
}
