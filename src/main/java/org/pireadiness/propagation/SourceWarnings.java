package org.pireadiness.propagation;

import java.util.EnumSet;
import java.util.Set;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import org.pireadiness.portfolio.EntityType;
import org.pireadiness.portfolio.TinNpi;
import org.pireadiness.rules.Finding;
import org.pireadiness.rules.ReasonCode;
import org.pireadiness.rules.Warning;

/**
 * The warnings of a PI source (contract §5.6), with the one that depends on the whole clinicians file: a group or an
 * individual submission at risk for not reporting PI, whose TIN has few enough distinct NPIs to be a small
 * practice, which CMS reweights from claims the export may not reflect.
 */
final class SourceWarnings {

	private final Long2IntOpenHashMap npisByTin;

	private final int smallPracticeMaxNpis;

	/** @param npisByTin each TIN's distinct NPIs in the clinicians file, by its number */
	SourceWarnings(Long2IntOpenHashMap npisByTin, int smallPracticeMaxNpis) {
		this.npisByTin = npisByTin;
		this.smallPracticeMaxNpis = smallPracticeMaxNpis;
	}

	Set<Warning> of(SourceAssessment source) {
		if (!possiblySmallPractice(source)) {
			return source.warnings();
		}
		Set<Warning> warnings = EnumSet.of(Warning.POSSIBLY_SMALL_PRACTICE);
		warnings.addAll(source.warnings());
		return warnings;
	}

	private boolean possiblySmallPractice(SourceAssessment source) {
		EntityType type = source.source().type();
		if ((type != EntityType.GROUP && type != EntityType.INDIVIDUAL) || !source.atRisk()
				|| source.findings().stream().map(Finding::code).noneMatch(ReasonCode.PI_NOT_REPORTED::equals)) {
			return false;
		}
		int npis = npisByTin.get(TinNpi.tinKey(source.source().id()));
		return npis >= 0 && npis <= smallPracticeMaxNpis;
	}
}
