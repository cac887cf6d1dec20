package org.pireadiness.cli;

/** The text of {@code --help}. */
public final class Usage {

	public static final String TEXT = """
			Usage: pi-readiness --input=DIR --performance-year=YYYY --output=DIR [options]

			Finds the MIPS reporting entities and clinicians (TIN/NPI) whose Promoting Interoperability
			submission would score zero, and why.

			  --input=DIR               folder with clinicians.csv, groups.csv, checklist_results.csv
			                            (and optionally pi_measures.csv)
			  --clinicians=FILE         clinicians file in place of the one in --input
			  --groups=FILE             groups file in place of the one in --input
			  --checklist=FILE          checklist results in place of the one in --input
			  --measures=FILE           PI measures (default: pi_measures.csv in --input when there;
			                            without one, measure checks are skipped)
			  --submissions=PATH        QPP JSON (*.json) and QRDA III (*.xml) submission files: one
			                            file or a folder (default: submissions/ in --input when there)
			  --performance-year=YYYY   the MIPS performance year to judge (2022-2026; 2027 with
			                            provisional rules)
			  --output=DIR              where the reports go (created if missing)
			  --as-of=YYYY-MM-DD        the date the reports are made for: deadlines and days left
			                            are counted from it (default: today)
			  --checklist-catalog=FILE  CSV guide_version,practice_id[,title]: the practices of each
			                            SAFER guide edition (default: those in the checklist file)
			  --mapping=FILE            YAML mapping of foreign column names and values onto the
			                            contract's (see scripts/mappings/)
			  --split-by-tin            also write by-tin/<TIN>/ with each practice's own reports
			  --fail-on-risk            exit 3 when anything is at risk
			  --quiet                   only warnings, errors and the final summary line
			  --help                    this text

			Spring Boot properties may be given as --name=value (--spring.datasource.url=...).

			Exit codes: 0 completed; 1 the job failed (re-run the same command to resume);
			2 usage or input error; 3 at risk, with --fail-on-risk; 4 another run is in progress;
			143 (130) stopped by SIGTERM (SIGINT): re-run the same command to resume.
			""";

	private Usage() {
	}
}
