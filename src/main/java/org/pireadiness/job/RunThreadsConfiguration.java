package org.pireadiness.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one source of threads of a run: the read flows that run side by side, the batches of records parsed and
 * converted while a file is read, and the report step's work all take theirs from here.
 */
@Configuration(proxyBeanMethods = false)
class RunThreadsConfiguration {

	/**
	 * One thread per core, and two more for the two read flows, which wait for their batches while others parse
	 * them: so the cores stay busy with batches. No other task waits for one, so none is stuck in the queue.
	 */
	@Bean
	ThreadPoolTaskExecutor runThreads() {
		int threads = Runtime.getRuntime().availableProcessors() + 2;
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("pi-run-");
		executor.setDaemon(true);
		return executor;
	}
}
