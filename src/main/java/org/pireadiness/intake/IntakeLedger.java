package org.pireadiness.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the run's input files came to: each file's rows read, accepted and rejected, and every rejected row. The
 * files are read on several threads at once; the reports list them in a fixed order: the CSV files in theirs, then
 * the submission files in the order they are read (their names').
 */
public final class IntakeLedger implements RejectSink {

	private final List<String> fileOrder;

	private final List<String> submissionFiles = new CopyOnWriteArrayList<>();

	private final List<RejectedRow> rejects = new ArrayList<>();

	private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

	private final AtomicInteger otherSetsSkipped = new AtomicInteger();

	private final Map<String, Integer> unattributedByFile = new ConcurrentHashMap<>();

	/** @param fileOrder the CSV files' labels in the order the reports list them */
	public IntakeLedger(List<String> fileOrder) {
		this.fileOrder = fileOrder;
	}

	/** Records a submission file read to its end: its tally, its rejects, and the other categories' sets skipped. */
	public void record(SubmissionTally tally, List<RejectedRow> fileRejects, int otherSets, int unattributed) {
		submissionFiles.add(tally.file());
		if (unattributed > 0) {
			unattributedByFile.put(tally.file(), unattributed);
		}
		fileRejects.forEach(this::reject);
		tallies.put(tally.file(), tally);
		otherSetsSkipped.addAndGet(otherSets);
	}

	/** The refused submissions whose entity cannot be told from the file (contract §7.4), by file. */
	public Map<String, Integer> unattributedByFile() {
		return Map.copyOf(unattributedByFile);
	}

	/** Measurement sets of other categories than PI, in every submission file read: counted, not used. */
	public int otherSetsSkipped() {
		return otherSetsSkipped.get();
	}

	@Override
	public void reject(RejectedRow row) {
		synchronized (rejects) {
			rejects.add(row);
		}
	}

	/** Records a file's tally once it has been read to its end. */
	public void record(InputTally tally) {
		tallies.put(tally.file(), tally);
	}

	/** Every rejected row, by file in the reports' order, then by line. */
	public List<RejectedRow> rejects() {
		List<RejectedRow> sorted;
		synchronized (rejects) {
			sorted = new ArrayList<>(rejects);
		}
		List<String> order = order();
		sorted.sort(Comparator.comparingInt((RejectedRow row) -> order.indexOf(row.file()))
			.thenComparingInt(RejectedRow::line));
		return sorted;
	}

	/** The tally of each file read, in the reports' order. */
	public List<Tally> tallies() {
		return order().stream().map(tallies::get).filter(Objects::nonNull).toList();
	}

	private List<String> order() {
		List<String> order = new ArrayList<>(fileOrder);
		order.addAll(submissionFiles);
		return order;
	}
}
