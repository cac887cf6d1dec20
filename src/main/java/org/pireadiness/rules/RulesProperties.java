package org.pireadiness.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.pireadiness.intake.ChecklistVocabulary;

/**
 * The rule data, bound from {@code performance-years.yml} and overridable like any Spring property (facts marked
 * UNCONFIRMED in the domain notes must be changeable without a new build).
 *
 * @param performanceYears the rules of each supported performance year
 * @param cehrtIdForms the CMS EHR Certification ID forms the years' rules name
 * @param guideEditions per High Priority Practices guide edition, the checklist statuses that count as an answer
 * @param smallPracticeMaxNpis a TIN with at most this many distinct NPIs may be a small practice
 */
@ConfigurationProperties(prefix = "pi-readiness.rules", ignoreUnknownFields = false)
public record RulesProperties(Map<Integer, YearRules> performanceYears,
		List<CehrtIdForm> cehrtIdForms, Map<String, GuideEdition> guideEditions,
		int smallPracticeMaxNpis) {

	public RulesProperties {
		Required.notEmpty("performance-years", performanceYears);
		Required.notEmpty("cehrt-id-forms", cehrtIdForms);
		Required.notEmpty("guide-editions", guideEditions);
		Required.atLeast("small-practice-max-npis", smallPracticeMaxNpis, 1);
		Set<String> known = cehrtIdForms.stream().map(CehrtIdForm::name).collect(Collectors.toSet());
		performanceYears.forEach((year, rules) -> rules.cehrtIdForms().stream().filter(form -> !known.contains(form))
			.findFirst()
			.ifPresent(form -> {
				throw new IllegalArgumentException("performance year " + year + " accepts CEHRT ID form " + form
						+ ", which pi-readiness.rules.cehrt-id-forms does not define (defined: " + known + ")");
			}));
		performanceYears.forEach((year, rules) -> rules.acceptedGuideEditions().stream()
			.filter(edition -> !guideEditions.containsKey(edition))
			.findFirst()
			.ifPresent(edition -> {
				throw new IllegalArgumentException("performance year " + year + " accepts guide edition " + edition
						+ ", which pi-readiness.rules.guide-editions does not define");
			}));
	}

	/** The words a checklist file may use: every guide edition some year accepts, with its answered statuses. */
	public ChecklistVocabulary checklistVocabulary() {
		Map<String, ChecklistVocabulary.Edition> editions = new HashMap<>();
		performanceYears.values().forEach(year -> year.acceptedGuideEditions().forEach(edition -> {
			GuideEdition rules = guideEditions.get(edition);
			editions.put(edition, new ChecklistVocabulary.Edition(Set.copyOf(rules.answeredStatuses()),
					rules.otherStatuses() == GuideEdition.OtherStatuses.ANSWERED_WITH_WARNING));
		}));
		return new ChecklistVocabulary(editions);
	}

	/** The rules of a supported year, for judging its submissions. */
	public SubmissionRules submissionRules(int year) {
		YearRules rules = performanceYears.get(year);
		List<CehrtIdForm> accepted = rules.cehrtIdForms().stream()
			.map(name -> cehrtIdForms.stream().filter(form -> form.name().equals(name)).findFirst().orElseThrow())
			.toList();
		return new SubmissionRules(new PerformanceYear(year, rules), accepted);
	}
}
