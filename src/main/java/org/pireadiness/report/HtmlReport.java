package org.pireadiness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.pireadiness.history.Changes;
import org.pireadiness.history.PreviousRun;
import org.pireadiness.history.TrendPoint;
import org.pireadiness.intake.IntakeLedger;
import org.pireadiness.propagation.UnattributedSubmissions;
import org.pireadiness.rules.ReadinessCalendar;

/**
 * Renders {@code report.html}: one self-contained page (styles, charts as inline SVG and the table script all
 * inside it, no request to anywhere) from the Thymeleaf template {@code templates/report.html}, which escapes
 * every value it shows.
 */
final class HtmlReport {

	static final String FILE = "report.html";

	private static final TemplateEngine ENGINE = engine();

	private HtmlReport() {
	}

	private static TemplateEngine engine() {
		var resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		var engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/**
	 * @param trend the page's runs, oldest first, this one last
	 * @param restart when the history starts again, why (the trend and what changed say so)
	 * @param practiceTin the TIN of a practice's own page, or null for the whole run
	 */
	static void write(RunReport run, Changes changes, List<TrendPoint> trend, Optional<PreviousRun> restart,
			String practiceTin, Path file) {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			render(ReportPage.of(run, changes, trend, practiceTin), restart, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/**
	 * Renders the page of a run with no rows and throws it away. The first page a JVM renders costs 0.35-0.45 s (the
	 * template parsed, Thymeleaf's and OGNL's classes and caches made), the next about 25 ms; rendered while the
	 * inputs are read, the empty page takes about half of that cost off the run's own page (issue 29).
	 */
	static void prepare(ReadinessCalendar calendar) {
		prepare(calendar, Writer.nullWriter());
	}

	/** The empty run's page, made as the run's own is (its year's rules, its calendar), into the writer. */
	static void prepare(ReadinessCalendar calendar, Writer writer) {
		var empty = RunReport.of("", calendar, new IntakeLedger(List.of()), false, List.of(), List.of(),
				new UnattributedSubmissions(0, List.of()), 0);
		render(ReportPage.of(empty, Changes.firstRun(), List.of(), null), Optional.empty(), writer);
	}

	private static void render(ReportPage page, Optional<PreviousRun> restart, Writer writer) {
		var context = new Context();
		context.setVariable("page", page);
		context.setVariable("restart", restart.map(PreviousRun::restartReason).orElse(""));
		ENGINE.process("report", context, writer);
	}
}
