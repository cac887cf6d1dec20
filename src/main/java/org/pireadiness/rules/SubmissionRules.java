package org.pireadiness.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pireadiness.portfolio.Attestation;
import org.pireadiness.portfolio.PiSubmission;

/** The findings of contract §5.2 for one entity that reports PI, judged by the performance year's rules. */
public final class SubmissionRules {

	private final PerformanceYear year;

	private final List<Pattern> cehrtIdPatterns;

	private final String cehrtIdForms;

	/** @param cehrtIdForms the CMS EHR Certification ID forms the year accepts */
	public SubmissionRules(PerformanceYear year, List<CehrtIdForm> cehrtIdForms) {
		this.year = year;
		this.cehrtIdPatterns = cehrtIdForms.stream().map(form -> Pattern.compile(form.pattern())).toList();
		this.cehrtIdForms = cehrtIdForms.stream().map(form -> form.name() + "\u2026").collect(Collectors.joining(", "));
	}

	public PerformanceYear year() {
		return year;
	}

	/**
	 * Every finding for one entity's submission.
	 *
	 * @param checklist the entity's SAFER checklist evidence, asked for only in years that require it
	 */
	public List<Finding> assess(PiSubmission submission, Supplier<ChecklistVerdict> checklist) {
		List<Finding> findings = new ArrayList<>(assess(submission).findings());
		findings.addAll(checklistFindings(checklist));
		return findings;
	}

	/** What the submission on its own comes to: the CEHRT ID, the period and the attestations. */
	public SubmissionFindings assess(PiSubmission submission) {
		List<Finding> findings = new ArrayList<>();
		cehrtId(submission.cehrtId(), findings);
		boolean atMinimum = period(submission.periodStart(), submission.periodEnd(), findings);
		mustBeYes(submission.securityRiskAnalysis(), ReasonCode.SRA_NOT_YES, findings);
		mustBeYes(submission.infoBlocking(), ReasonCode.INFO_BLOCKING_NOT_YES, findings);
		mustBeYes(submission.oncDirectReview(), ReasonCode.ONC_DIRECT_REVIEW_NOT_YES, findings);
		if (!year.rules().saferAttestationsAccepted().contains(submission.safer())) {
			findings.add(new Finding(ReasonCode.SAFER_NOT_ATTESTED, "answer " + answer(submission.safer()) + "; "
					+ year.year() + " accepts " + accepted()));
		}
		return SubmissionFindings.of(findings, atMinimum ? Set.of(Warning.PERIOD_AT_MINIMUM) : Set.of());
	}

	/** The checklist finding, in years that require a complete SAFER self-assessment; asks for the verdict only then. */
	public List<Finding> checklistFindings(Supplier<ChecklistVerdict> checklist) {
		if (!year.rules().saferChecklistRequired()) {
			return List.of();
		}
		ChecklistVerdict verdict = checklist.get();
		return verdict.complete() ? List.of() : List.of(verdict.finding());
	}

	private String accepted() {
		return year.rules().saferAttestationsAccepted().stream().sorted().map(Enum::name)
			.collect(Collectors.joining(" or "));
	}

	private void cehrtId(String cehrtId, List<Finding> findings) {
		if (cehrtId.isEmpty()) {
			findings.add(Finding.of(ReasonCode.CEHRT_ID_MISSING));
		}
		else if (cehrtIdPatterns.stream().noneMatch(pattern -> pattern.matcher(cehrtId).matches())) {
			findings.add(new Finding(ReasonCode.CEHRT_ID_INVALID,
					"\"" + cehrtId + "\"; " + year.year() + " accepts " + cehrtIdForms));
		}
	}

	/** Adds the period's findings; returns whether it is a valid period of exactly the year's minimum. */
	private boolean period(LocalDate start, LocalDate end, List<Finding> findings) {
		if (start == null || end == null) {
			findings.add(new Finding(ReasonCode.PERIOD_MISSING, (start == null && end == null ? "no start, no end"
					: start == null ? "no start date" : "no end date") + latestStart()));
			return false;
		}
		if (end.isBefore(start) || !year.contains(start) || !year.contains(end)) {
			findings.add(new Finding(ReasonCode.PERIOD_INVALID, start + " to " + end
					+ (end.isBefore(start) ? " ends before it starts" : " is not inside " + year.year()) + latestStart()));
			return false;
		}
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		int minimum = year.rules().minPiPeriodDays();
		if (days < minimum) {
			findings.add(new Finding(ReasonCode.PERIOD_TOO_SHORT, start + " to " + end + " is " + days
					+ " days, " + (minimum - days) + " short of the " + minimum + " required in " + year.year()
					+ latestStart()));
		}
		return days == minimum;
	}

	/** The period findings' reminder of the latest start (contract §8.2). */
	private String latestStart() {
		return "; a " + year.rules().minPiPeriodDays() + "-day period must start by " + year.latestPeriodStart();
	}

	private static void mustBeYes(Attestation attestation, ReasonCode code, List<Finding> findings) {
		if (attestation != Attestation.YES) {
			findings.add(new Finding(code, "answer " + answer(attestation)));
		}
	}

	private static String answer(Attestation attestation) {
		return attestation == Attestation.NOT_ATTESTED ? "empty" : attestation.name();
	}
}
