package org.pireadiness.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
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

	private final List<CehrtIdForm> cehrtIdForms;

	private final List<Pattern> cehrtIdPatterns;

	private final String cehrtIdFormNames;

	/** @param cehrtIdForms the CMS EHR Certification ID forms the year accepts */
	public SubmissionRules(PerformanceYear year, List<CehrtIdForm> cehrtIdForms) {
		this.year = year;
		this.cehrtIdForms = List.copyOf(cehrtIdForms);
		this.cehrtIdPatterns = cehrtIdForms.stream().map(CehrtIdForm::pattern).toList();
		this.cehrtIdFormNames = cehrtIdForms.stream().map(form -> form.name() + "\u2026")
			.collect(Collectors.joining(", "));
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
		findings.addAll(checklist(checklist).findings());
		return findings;
	}

	/** What the submission on its own comes to: the CEHRT ID, the period and the attestations. */
	public SubmissionFindings assess(PiSubmission submission) {
		List<Finding> findings = new ArrayList<>();
		Set<Warning> warnings = EnumSet.noneOf(Warning.class);
		if (cehrtId(submission.cehrtId(), findings)) {
			warnings.add(Warning.CEHRT_ID_PRIOR_YEAR);
		}
		if (period(submission.periodStart(), submission.periodEnd(), findings)) {
			warnings.add(Warning.PERIOD_AT_MINIMUM);
		}
		if (submission.securityRiskAnalysis() != Attestation.YES) {
			findings.add(new Finding(ReasonCode.SRA_NOT_YES, "answer " + answer(submission.securityRiskAnalysis()) + "; "
					+ year.year() + " asks you to " + year.rules().securityRiskAnalysis()));
		}
		mustBeYes(submission.infoBlocking(), ReasonCode.INFO_BLOCKING_NOT_YES, findings);
		mustBeYes(submission.oncDirectReview(), ReasonCode.ONC_DIRECT_REVIEW_NOT_YES, findings);
		if (!year.rules().saferAttestationsAccepted().contains(submission.safer())) {
			findings.add(new Finding(ReasonCode.SAFER_NOT_ATTESTED, "answer " + answer(submission.safer()) + "; "
					+ year.year() + " accepts " + accepted()));
		}
		return SubmissionFindings.of(findings, warnings);
	}

	/**
	 * The checklist's finding, in years that require a complete SAFER self-assessment (the verdict is asked for only
	 * then), and its warning when its counted answers use statuses the edition does not configure (contract v3 §3.3).
	 */
	public SubmissionFindings checklist(Supplier<ChecklistVerdict> checklist) {
		if (!year.rules().saferChecklistRequired()) {
			return SubmissionFindings.NONE;
		}
		ChecklistVerdict verdict = checklist.get();
		return SubmissionFindings.of(verdict.complete() ? List.of() : List.of(verdict.finding()),
				verdict.unrecognisedStatuses().isEmpty() ? Set.of() : Set.of(Warning.CHECKLIST_STATUS_UNRECOGNISED));
	}

	private String accepted() {
		return year.rules().saferAttestationsAccepted().stream().sorted().map(Enum::name)
			.collect(Collectors.joining(" or "));
	}

	/** Adds the CEHRT ID's finding; returns whether it is accepted but of an earlier year's form. */
	private boolean cehrtId(String cehrtId, List<Finding> findings) {
		if (cehrtId.isEmpty()) {
			findings.add(Finding.of(ReasonCode.CEHRT_ID_MISSING));
			return false;
		}
		for (int form = 0; form < cehrtIdPatterns.size(); form++) {
			if (cehrtIdPatterns.get(form).matcher(cehrtId).matches()) {
				return cehrtIdForms.get(form).lastYear() < year.year();
			}
		}
		findings.add(new Finding(ReasonCode.CEHRT_ID_INVALID,
				"\"" + cehrtId + "\"; " + year.year() + " accepts " + cehrtIdFormNames));
		return false;
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
