package org.pireadiness.history;

import java.util.List;

/**
 * One run's at-risk subjects as a single compressed value, a line per subject. A national run has a quarter of a
 * million subjects; one value instead of a row each keeps recording them to a fraction of a second.
 */
final class RiskSet {

	private RiskSet() {
	}

	static byte[] encode(List<AtRisk> subjects) {
		return GzipLines.encode(subjects, subject -> new String[] { subject.kind().name(), subject.tin(), subject.npi(),
				subject.entityType(), subject.entityId(), subject.reasonCodes() });
	}

	static List<AtRisk> decode(byte[] data) {
		return GzipLines.decode(data, 6, fields -> new AtRisk(AtRisk.Kind.valueOf(fields[0]), fields[1], fields[2],
				fields[3], fields[4], fields[5]));
	}

	/** Each TIN's counts, for the trends of the TINs' pages. */
	static byte[] encodeCounts(List<TinAtRisk> byTin) {
		return GzipLines.encode(byTin, tin -> new String[] { tin.tin(), String.valueOf(tin.clinicians()),
				String.valueOf(tin.entities()) });
	}

	static List<TinAtRisk> decodeCounts(byte[] data) {
		return GzipLines.decode(data, 3, fields -> new TinAtRisk(fields[0], Integer.parseInt(fields[1]),
				Integer.parseInt(fields[2])));
	}
}
