package org.pireadiness.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.pireadiness.cli.RunRequest;
import org.pireadiness.intake.CatalogFile;
import org.pireadiness.intake.ChecklistFile;
import org.pireadiness.intake.CliniciansFile;
import org.pireadiness.intake.GroupsFile;
import org.pireadiness.intake.InputMapping;
import org.pireadiness.intake.IntakeLimits;
import org.pireadiness.intake.MappingFile;
import org.pireadiness.intake.MeasuresFile;
import org.pireadiness.intake.submission.SubmissionFiles;
import org.pireadiness.rules.MeasureCatalog;
import org.pireadiness.rules.RulesProperties;

/**
 * The run's input files, each opened once: the pre-flight check opens them all (a header without a required column
 * is a usage error before anything runs) and each read step goes on reading the file the check opened. A file the
 * check did not open, as when a step runs again, is opened when its step asks for it.
 */
@Component
class RunInputs {

	private static final Logger log = LoggerFactory.getLogger(RunInputs.class);

	private final RulesProperties rules;

	private final IntakeLimits limits;

	private final Executor runThreads;

	private final Opened<InputMapping> mapping = new Opened<>();

	private final Opened<Map<String, Set<String>>> catalog = new Opened<>();

	private final Opened<GroupsFile> groups = new Opened<>();

	private final Opened<ChecklistFile> checklist = new Opened<>();

	private final Opened<MeasuresFile> measures = new Opened<>();

	private final Opened<CliniciansFile> clinicians = new Opened<>();

	private final Opened<List<SubmissionFiles.File>> submissions = new Opened<>();

	RunInputs(RulesProperties rules, JobProperties settings, @Qualifier("runThreads") Executor runThreads) {
		this.rules = rules;
		this.limits = settings.intakeLimits();
		this.runThreads = runThreads;
	}

	/** Opens every input of the request, as the pre-flight check; throws a usage error for any that cannot be read. */
	void open(RunRequest request) {
		closeUnread();
		mapping.keep(request.mapping(), readMapping(request));
		catalog.keep(request.checklistCatalog(), readCatalog(request));
		groups.keep(request.groups(), openGroups(request));
		checklist.keep(request.checklist(), openChecklist(request));
		request.measures().ifPresent(file -> measures.keep(file, openMeasures(request, file)));
		clinicians.keep(request.clinicians(), openClinicians(request));
		submissions.keep(request.submissions(), listSubmissions(request));
	}

	/** The submission files, in name order; the folder's other files are named once in the log. */
	List<SubmissionFiles.File> submissions(RunRequest request) {
		return submissions.read(request.submissions(), () -> listSubmissions(request));
	}

	private static List<SubmissionFiles.File> listSubmissions(RunRequest request) {
		if (request.submissions().isEmpty()) {
			return List.of();
		}
		List<String> others = SubmissionFiles.others(request.submissions().get());
		if (!others.isEmpty()) {
			log.info("--submissions: skipping what is neither *.json nor *.xml: {}", String.join(", ", others));
		}
		return SubmissionFiles.list(request.submissions().get());
	}

	GroupsFile groups(RunRequest request) {
		return groups.take(request.groups(), () -> openGroups(request));
	}

	ChecklistFile checklist(RunRequest request) {
		return checklist.take(request.checklist(), () -> openChecklist(request));
	}

	MeasuresFile measures(RunRequest request, Path file) {
		return measures.take(file, () -> openMeasures(request, file));
	}

	CliniciansFile clinicians(RunRequest request) {
		return clinicians.take(request.clinicians(), () -> openClinicians(request));
	}

	/** The practices of each SAFER guide edition from {@code --checklist-catalog}; none without it. */
	Map<String, Set<String>> catalog(RunRequest request) {
		return catalog.read(request.checklistCatalog(), () -> readCatalog(request));
	}

	/** Closes the files the run did not read, as when its inputs were already processed. */
	void closeUnread() {
		groups.close();
		checklist.close();
		measures.close();
		clinicians.close();
	}

	private InputMapping mapping(RunRequest request) {
		return mapping.read(request.mapping(), () -> readMapping(request));
	}

	private static InputMapping readMapping(RunRequest request) {
		return request.mapping().map(MappingFile::read).orElse(InputMapping.NONE);
	}

	private Map<String, Set<String>> readCatalog(RunRequest request) {
		return request.checklistCatalog().map(path -> CatalogFile.read(path, limits)).orElse(Map.of());
	}

	private GroupsFile openGroups(RunRequest request) {
		return new GroupsFile(request.groups(), mapping(request).forFile(InputMapping.GROUPS), limits, runThreads);
	}

	private ChecklistFile openChecklist(RunRequest request) {
		return new ChecklistFile(request.checklist(), rules.checklistVocabulary(),
				mapping(request).forFile(InputMapping.CHECKLIST), limits, runThreads);
	}

	private MeasuresFile openMeasures(RunRequest request, Path file) {
		return new MeasuresFile(file, MeasureCatalog.forYear(request.performanceYear()),
				mapping(request).forFile(InputMapping.MEASURES), limits, runThreads);
	}

	private CliniciansFile openClinicians(RunRequest request) {
		return new CliniciansFile(request.clinicians(), mapping(request).forFile(InputMapping.CLINICIANS), limits,
				runThreads);
	}

	/** One input as the pre-flight check opened it, by the path it came from. */
	private static final class Opened<T> {

		private Object path;

		private T value;

		synchronized void keep(Object from, T opened) {
			close();
			path = from;
			value = opened;
		}

		/** The opened value, left for the next reader too: what is read once and only looked up after. */
		synchronized T read(Object from, Supplier<T> open) {
			if (value == null || !path.equals(from)) {
				keep(from, open.get());
			}
			return value;
		}

		/** The opened value, handed over to its one reader: what is read as a stream. */
		synchronized T take(Object from, Supplier<T> open) {
			if (value == null || !path.equals(from)) {
				return open.get();
			}
			T taken = value;
			value = null;
			path = null;
			return taken;
		}

		synchronized void close() {
			if (value instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					// an unread file: nothing of it is used
				}
			}
			value = null;
			path = null;
		}
	}
}
