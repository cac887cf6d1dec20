package org.pireadiness.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the run's input files came to: each file's rows read, accepted and rejected, and every rejected row. The
 * files are read on several threads at once; the reports list them in a fixed order.
 */
public final class IntakeLedger implements RejectSink {

	private final List<String> fileOrder;

	private final List<RejectedRow> rejects = new ArrayList<>();

	private final Map<String, InputTally> tallies = new ConcurrentHashMap<>();

	/** @param fileOrder the files' labels in the order the reports list them */
	public IntakeLedger(List<String> fileOrder) {
		this.fileOrder = fileOrder;
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
		sorted.sort(Comparator.comparingInt((RejectedRow row) -> fileOrder.indexOf(row.file()))
			.thenComparingInt(RejectedRow::line));
		return sorted;
	}

	/** The tally of each file read, in the reports' order. */
	public List<InputTally> tallies() {
		return fileOrder.stream().map(tallies::get).filter(java.util.Objects::nonNull).toList();
	}
}
