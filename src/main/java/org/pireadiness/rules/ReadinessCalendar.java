package org.pireadiness.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.pireadiness.portfolio.Attestation;

/**
 * The year's deadlines as seen on the date the reports are made for (contract §8): by when each reason's fix is
 * due, and how many days are left.
 *
 * @param asOf the date the reports are made for ({@code --as-of})
 */
public record ReadinessCalendar(PerformanceYear year, LocalDate asOf) {

	/** One deadline of the year, as the calendar panel and {@code summary.json} name it. */
	public record Dated(String name, String bounds, LocalDate date) {
	}

	public Deadlines deadlines() {
		return year.rules().deadlines();
	}

	/** The last day a continuous period of the year's minimum length can start inside the year. */
	public LocalDate latestPeriodStart() {
		return year.latestPeriodStart();
	}

	/** The four dates of §8.1, in the order the contract lists them. */
	public List<Dated> dates() {
		Deadlines deadlines = deadlines();
		return List.of(
				new Dated("self-assessment-due", "Security Risk Analysis and SAFER self-assessment done",
						deadlines.selfAssessmentDue()),
				new Dated("latest-period-start", "latest start of a " + year.rules().minPiPeriodDays()
						+ "-day PI period", latestPeriodStart()),
				new Dated("submission-closes", "submission window closes", deadlines.submissionCloses()),
				new Dated("hardship-application-closes", "PI hardship exception applications close",
						deadlines.hardshipApplicationCloses()));
	}

	/** The deadline that bounds the fix of one reason. */
	public LocalDate deadline(ReasonCode code) {
		return switch (code.deadline()) {
			case SELF_ASSESSMENT -> deadlines().selfAssessmentDue();
			case SUBMISSION -> deadlines().submissionCloses();
			case SAFER_ANSWER -> year.rules().saferAttestationsAccepted().equals(Set.of(Attestation.YES))
					? deadlines().selfAssessmentDue() : deadlines().submissionCloses();
		};
	}

	/** An entity's (or one path's) fix-by date: every reason must be fixed, so the earliest of their deadlines. */
	public LocalDate fixBy(Collection<Finding> findings) {
		LocalDate earliest = null;
		for (Finding finding : findings) {
			LocalDate due = deadline(finding.code());
			earliest = earliest == null || due.isBefore(earliest) ? due : earliest;
		}
		return earliest;
	}

	/** Days from the as-of date to the day, negative once it has passed. */
	public long daysLeft(LocalDate day) {
		return ChronoUnit.DAYS.between(asOf, day);
	}

	public boolean passed(LocalDate day) {
		return day.isBefore(asOf);
	}
}
