package org.pireadiness.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.beans.factory.ObjectProvider;

import org.pireadiness.portfolio.ClinicianRow;
import org.pireadiness.propagation.PathJudge;
import org.pireadiness.propagation.PathOutcome;
import org.pireadiness.propagation.PiSources;

/**
 * judgeClinicians' processor: each clinician path judged by its PI source. The run's sources are bound when the
 * step opens, not looked up for every row.
 */
class PathJudgeProcessor implements ItemProcessor<ClinicianRow, PathOutcome>, ItemStream {

	private final ObjectProvider<PiSources> sources;

	private PathJudge judge;

	PathJudgeProcessor(ObjectProvider<PiSources> sources) {
		this.sources = sources;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		judge = new PathJudge(sources.getObject());
	}

	@Override
	public PathOutcome process(ClinicianRow row) {
		return judge.judge(row);
	}
}
