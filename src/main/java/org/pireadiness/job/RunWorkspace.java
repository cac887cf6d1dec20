package org.pireadiness.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pireadiness.intake.CatalogFile;
import org.pireadiness.intake.ChecklistFile;
import org.pireadiness.intake.ChecklistVocabulary;
import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.intake.GroupsFile;
import org.pireadiness.intake.InputFile;
import org.pireadiness.intake.InputTally;
import org.pireadiness.intake.InputMapping;
import org.pireadiness.intake.IntakeLimits;
import org.pireadiness.intake.MappingFile;
import org.pireadiness.intake.MeasuresFile;
import org.pireadiness.portfolio.MeasureAnswer;
import org.pireadiness.rules.MeasureBook;
import org.pireadiness.rules.MeasureCatalog;
import org.pireadiness.rules.MeasureRules;
import org.pireadiness.intake.RejectedRow;
import org.pireadiness.portfolio.ChecklistAnswer;
import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.ReportingEntity;
import org.pireadiness.propagation.AtRiskEntities;
import org.pireadiness.propagation.ClinicianBook;
import org.pireadiness.propagation.EntityResult;
import org.pireadiness.propagation.PathJudge;
import org.pireadiness.propagation.PathOutcome;
import org.pireadiness.propagation.PiSources;
import org.pireadiness.report.RunReport;
import org.pireadiness.rules.ChecklistBook;
import org.pireadiness.rules.SubmissionRules;

/**
 * The in-memory state of one run: entities and checklist aggregates, then the clinicians folded in as they
 * stream by. Nothing of the inputs goes to the database; a restarted run rebuilds this from the files.
 */
class RunWorkspace {

	private static final Logger log = LoggerFactory.getLogger(RunWorkspace.class);

	private static final List<String> FILE_ORDER = List.of(GroupsFile.LABEL, ChecklistFile.LABEL,
			MeasuresFile.LABEL, CliniciansFile.LABEL);

	private final RunParameters parameters;

	private final SubmissionRules rules;

	private final ChecklistVocabulary vocabulary;

	private final IntakeLimits limits;

	private final InputMapping mapping;

	private final List<RejectedRow> rejects = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, InputTally> tallies = Collections.synchronizedMap(new HashMap<>());

	private Map<EntityRef, ReportingEntity> entities = new HashMap<>();

	private ChecklistBook checklists;

	private MeasureBook measures = MeasureBook.skipped();

	private PathJudge judge;

	private PiSources sources;

	private ClinicianBook clinicians;

	RunWorkspace(RunParameters parameters, SubmissionRules rules, ChecklistVocabulary vocabulary, IntakeLimits limits) {
		this.parameters = parameters;
		this.rules = rules;
		this.vocabulary = vocabulary;
		this.limits = limits;
		this.mapping = parameters.request().mapping().map(MappingFile::read).orElse(InputMapping.NONE);
	}

	long readGroups() {
		try (var file = new GroupsFile(parameters.request().groups(), mapping.forFile(InputMapping.GROUPS), limits,
				rejects::add)) {
			for (ReportingEntity entity = file.next(); entity != null; entity = file.next()) {
				entities.put(entity.ref(), entity);
			}
			return finish(file);
		}
	}

	long readChecklists() {
		Map<String, Set<String>> catalog = parameters.request().checklistCatalog()
			.map(path -> CatalogFile.read(path, limits)).orElse(Map.of());
		checklists = new ChecklistBook(rules.year(), catalog);
		try (var file = new ChecklistFile(parameters.request().checklist(), vocabulary,
				mapping.forFile(InputMapping.CHECKLIST), limits, rejects::add)) {
			for (ChecklistAnswer answer = file.next(); answer != null; answer = file.next()) {
				checklists.add(answer);
			}
			checklists.seal();
			return finish(file);
		}
	}

	long readMeasures() {
		if (parameters.request().measures().isEmpty()) {
			log.info("No PI measures file: measure checks are skipped");
			return 0;
		}
		int year = rules.year().year();
		MeasureCatalog catalog = MeasureCatalog.forYear(year);
		measures = MeasureBook.checkedBy(new MeasureRules(catalog, rules.year().rules().measuresReportedOnly()));
		try (var file = new MeasuresFile(parameters.request().measures().get(), catalog,
				mapping.forFile(InputMapping.MEASURES), limits, rejects::add)) {
			for (MeasureAnswer answer = file.nextMeasure(); answer != null; answer = file.nextMeasure()) {
				measures.add(answer);
			}
			if (!file.ignoredAttestations().isEmpty()) {
				log.info("{}: ignoring rows of attestation measures {}: the attestation columns of groups.csv and "
						+ "clinicians.csv rule", file.label(), String.join(", ", file.ignoredAttestations()));
			}
			return finish(file);
		}
	}

	long judgeEntities() {
		sources = new PiSources(entities, rules, checklists, measures);
		judge = new PathJudge(sources);
		int judged = entities.size();
		entities = null; // the sources keep what is still needed of them
		return judged;
	}

	/** Opens the clinicians file, with a book sized for it, as the clinicians step starts (or starts again). */
	CliniciansFile openClinicians() {
		var file = new CliniciansFile(parameters.request().clinicians(), mapping.forFile(InputMapping.CLINICIANS),
				limits, rejects::add);
		clinicians = new ClinicianBook(file.expectedRows());
		return file;
	}

	long finish(InputFile<?> file) {
		if (!file.unknownColumns().isEmpty()) {
			log.info("{}: ignoring columns it does not use: {}", file.label(), String.join(", ", file.unknownColumns()));
		}
		InputTally tally = file.tally();
		tallies.put(file.label(), tally);
		return tally.rowsRead();
	}

	/** Judges each clinician path and folds its outcome into the book. */
	void judgePaths(List<? extends ClinicianRow> rows) {
		// judging only reads the sources, so the chunk is judged on every core; the book takes the outcomes in order
		PathOutcome[] outcomes = new PathOutcome[rows.size()];
		Arrays.parallelSetAll(outcomes, i -> judge.judge(rows.get(i)));
		for (PathOutcome outcome : outcomes) {
			clinicians.add(outcome);
		}
	}

	/**
	 * The run's findings as the reports show them. The books are let go as the report takes their place (the
	 * checklists first, then the rest), so a national run's report step has the heap it needs; the report is
	 * taken once.
	 */
	RunReport report() {
		if (clinicians == null) {
			throw new IllegalStateException("the run's report was already taken");
		}
		sources.stopJudging();
		checklists = null;
		boolean measuresChecked = measures.checked();
		measures = null;
		List<RejectedRow> sortedRejects = new ArrayList<>(rejects);
		sortedRejects.sort(Comparator.comparing((RejectedRow row) -> FILE_ORDER.indexOf(row.file()))
			.thenComparingInt(RejectedRow::line));
		List<InputTally> inputs = FILE_ORDER.stream().map(tallies::get).filter(java.util.Objects::nonNull).toList();
		// the entities at risk are found while the clinicians' results are built
		PiSources judged = sources;
		ClinicianBook book = clinicians;
		var atRiskEntities = CompletableFuture.supplyAsync(() -> AtRiskEntities.list(judged, book));
		var results = book.results();
		sources = null;
		judge = null;
		clinicians = null;
		return new RunReport(parameters.runId(), rules.year().year(), inputs, measuresChecked, sortedRejects, results,
				joined(atRiskEntities));
	}

	private static <T> T joined(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : ex;
		}
	}

	RunParameters parameters() {
		return parameters;
	}
}
