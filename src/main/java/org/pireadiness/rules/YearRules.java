package org.pireadiness.rules;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.DefaultValue;

import org.pireadiness.portfolio.Attestation;

/**
 * The zero-score rules that change by performance year (contract §5.1): one row of the table in
 * {@code performance-years.yml}.
 *
 * @param cehrtIdForms the names of the CMS EHR Certification ID forms the year accepts (see {@link CehrtIdForm})
 * @param minPiPeriodDays the shortest continuous PI period, in days, inside the calendar year
 * @param saferAttestationsAccepted the {@code safer} answers that avoid a zero
 * @param saferChecklistRequired whether a complete SAFER self-assessment in the year is required
 * @param acceptedGuideEditions the High Priority Practices guide editions the year accepts
 * @param measuresReportedOnly required measures the year only asks to be reported (YES, NO or an exclusion)
 * @param provisional whether CMS's rules for the year are not final yet (the reports say so)
 * @param qrdaGuides the extensions of the QRDA III CMS implementation guide's document template that CMS's
 * conversion tool takes for the year
 * @param deadlines the year's deadlines (contract §8.1)
 * @param securityRiskAnalysis what the year's Security Risk Analysis measure ({@code PI_PPHI_1}) asks, as CMS's
 * measures data describes it; the {@code SRA_NOT_YES} reason says it
 * @param points the year's PI points, for the estimated score (contract v3 §9)
 */
public record YearRules(List<String> cehrtIdForms, int minPiPeriodDays,
		Set<Attestation> saferAttestationsAccepted, boolean saferChecklistRequired,
		Set<String> acceptedGuideEditions, @DefaultValue Set<String> measuresReportedOnly,
		@DefaultValue("false") boolean provisional, List<String> qrdaGuides,
		Deadlines deadlines,
		@DefaultValue("conduct or review a security risk analysis") String securityRiskAnalysis,
		PointsTable points) {

	public YearRules {
		Required.notEmpty("cehrt-id-forms", cehrtIdForms);
		Required.atLeast("min-pi-period-days", minPiPeriodDays, 1);
		Required.notEmpty("safer-attestations-accepted", saferAttestationsAccepted);
		Required.notEmpty("accepted-guide-editions", acceptedGuideEditions);
		Required.notEmpty("qrda-guides", qrdaGuides);
		Required.present("deadlines", deadlines);
		Required.present("points", points);
	}
}
