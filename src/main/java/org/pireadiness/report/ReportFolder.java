package org.pireadiness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.pireadiness.history.Changes;
import org.pireadiness.history.RunHistory;
import org.pireadiness.rules.ReadinessCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's reports into the output folder. Every file is first written whole into a staging folder
 * beside the reports, and the set is moved into place only when all of them are written, so a failed run
 * leaves the previous reports as they were.
 */
public final class ReportFolder {

	private static final Logger log = LoggerFactory.getLogger(ReportFolder.class);

	public static final String STAGING = ".pi-readiness-staging";

	public static final String SUMMARY = "summary.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final Path output;

	private final PrivateFiles privateFiles;

	private final Executor runThreads;

	/** Makes the page's template ready before the run's reports are written (see {@link HtmlReport#prepare}). */
	public static void preparePage(ReadinessCalendar calendar) {
		HtmlReport.prepare(calendar);
	}

	/** @param runThreads where the report files are written */
	public ReportFolder(Path output, PrivateFiles privateFiles, Executor runThreads) {
		this.output = output;
		this.privateFiles = privateFiles;
		this.runThreads = runThreads;
	}

	/** Every name this job publishes in the output folder; one the new set lacks is removed with the old set. */
	private static final List<String> OUTPUTS = List.of(CsvReports.AT_RISK_CLINICIANS, CsvReports.AT_RISK_ENTITIES,
			CsvReports.CLINICIAN_STATUS, CsvReports.ENTITY_STATUS, CsvReports.REJECTED_ROWS, CsvReports.CHANGES,
			HtmlReport.FILE, SUMMARY,
			TinPackages.FOLDER);

	/**
	 * Writes every report, the files on one writer per core (threads of the run's executor) while {@code meanwhile}
	 * runs on this one (it may hold this thread's transaction), and publishes them once both are done, unless the run
	 * is no longer wanted by then (a stop was asked for): then the staged files are discarded and the previous reports
	 * stay.
	 *
	 * @param packages the TINs' own reports, with {@code --split-by-tin}
	 * @param wanted asked before each file and once everything is written, just before publishing
	 * @return whether the reports were published
	 */
	public boolean write(RunReport run, RunHistory history, Optional<TinPackages> packages, Runnable meanwhile,
			BooleanSupplier wanted) {
		Changes changes = history.changes();
		Path staging = output.resolve(STAGING);
		try {
			ReportSwap.deleteTree(staging);
			Files.createDirectories(staging);
			privateFiles.folder(staging);
			List<Runnable> files = new ArrayList<>(List.of(
					() -> stage(staging, CsvReports.AT_RISK_CLINICIANS, file -> CsvReports.atRiskClinicians(run, file)),
					() -> {
						stage(staging, CsvReports.CLINICIAN_STATUS, file -> CsvReports.clinicianStatus(run, file));
						stage(staging, CsvReports.AT_RISK_ENTITIES, file -> CsvReports.atRiskEntities(run, file));
						stage(staging, CsvReports.ENTITY_STATUS, file -> CsvReports.entityStatus(run, file));
						stage(staging, CsvReports.REJECTED_ROWS, file -> CsvReports.rejectedRows(run, file));
						stage(staging, CsvReports.CHANGES, file -> CsvReports.changes(changes, file));
					},
					() -> stage(staging, HtmlReport.FILE, file -> HtmlReport.write(run, changes, history.trend(), history.restartedAfter(), null, file)),
					() -> stage(staging, SUMMARY, file -> JSON.writeValue(file.toFile(), RunSummary.of(run, history)))));
			packages.ifPresent(tins -> files.add(() -> write(tins, history, staging.resolve(TinPackages.FOLDER))));
			CompletableFuture<Void> written = writeAll(files, wanted);
			meanwhile.run();
			written.join();
			boolean publishing = wanted.getAsBoolean();
			if (publishing) {
				new ReportSwap(output, privateFiles).publish(staging, OUTPUTS);
			}
			ReportSwap.deleteTree(staging);
			return publishing;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the reports to " + output + ": " + ex.getMessage(), ex);
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("cannot write the reports to " + output, ex.getCause());
		}
	}

	/** One writer per core, each taking the next file to write until none is left, or the run is no longer wanted. */
	private CompletableFuture<Void> writeAll(List<Runnable> files, BooleanSupplier wanted) {
		AtomicInteger next = new AtomicInteger();
		Runnable writer = () -> {
			for (int file = next.getAndIncrement(); file < files.size() && wanted.getAsBoolean();
					file = next.getAndIncrement()) {
				files.get(file).run();
			}
		};
		int writers = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
		CompletableFuture<?>[] running = new CompletableFuture<?>[writers];
		for (int i = 0; i < writers; i++) {
			running[i] = CompletableFuture.runAsync(writer, runThreads);
		}
		return CompletableFuture.allOf(running);
	}

	private void write(TinPackages packages, RunHistory history, Path folder) {
		try {
			packages.write(history, folder, privateFiles);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void stage(Path staging, String name, Consumer<Path> writer) {
		long start = System.nanoTime();
		Path file = staging.resolve(name);
		writer.accept(file);
		privateFiles.file(file);
		log.debug("{} written in {} ms", name, (System.nanoTime() - start) / 1_000_000);
	}
}
