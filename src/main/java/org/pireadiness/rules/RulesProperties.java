package org.pireadiness.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import org.pireadiness.intake.ChecklistVocabulary;

/**
 * The rule data, bound from {@code performance-years.yml} and overridable like any Spring property (facts marked
 * UNCONFIRMED in the domain notes must be changeable without a new build).
 *
 * @param performanceYears the rules of each supported performance year
 * @param cehrtIdPatterns regular expressions a CMS EHR Certification ID must match one of
 * @param answeredStatuses checklist statuses that count as an answer (case-insensitive)
 */
@Validated
@ConfigurationProperties("pi-readiness.rules")
public record RulesProperties(@NotEmpty Map<Integer, @Valid YearRules> performanceYears,
		@NotEmpty List<String> cehrtIdPatterns, @NotEmpty List<String> answeredStatuses) {

	/** The words a checklist file may use: every guide edition some year accepts, and the answered statuses. */
	public ChecklistVocabulary checklistVocabulary() {
		Set<String> editions = new HashSet<>();
		performanceYears.values().forEach(year -> editions.addAll(year.acceptedGuideEditions()));
		return new ChecklistVocabulary(editions, Set.copyOf(answeredStatuses));
	}

	/** The rules of a supported year, for judging its submissions. */
	public SubmissionRules submissionRules(int year) {
		return new SubmissionRules(new PerformanceYear(year, performanceYears.get(year)), cehrtIdPatterns);
	}
}
