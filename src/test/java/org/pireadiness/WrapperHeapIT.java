package org.pireadiness;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wrapper's JVM options by the input's size, read from the command it starts (traced by {@code bash -x}): the
 * quick compiler alone below 200 MB, the whole 800 MB heap taken at the start from there (and what survives a young
 * collection promoted at the next from the first), and above 600 MB a heap
 * that grows with the input, 1.5 MB a MB rounded up to 50 MB. The input is one sparse file named by
 * {@code --clinicians}, so nothing of that size is written; {@code --help} then ends the run. (The largest case
 * assumes 3 GB of memory or more: below that the heap is capped at half of it.)
 */
class WrapperHeapIT {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({
			// input bytes, most heap, heap taken at the start (none: grown as needed), compiler option
			"100000000, -Xmx800m, , -XX:TieredStopAtLevel=1",
			"568000000, -Xmx800m, -Xms800m, -XX:Tier4InvocationThreshold=50000",
			"700000000, -Xmx1050m, -Xms1050m, -XX:Tier4InvocationThreshold=50000",
			"1000000000, -Xmx1500m, -Xms1500m, -XX:Tier4InvocationThreshold=50000" })
	void theHeapFollowsTheInputsSize(long bytes, String most, String atStart, String compiler) throws Exception {
		Path clinicians = folder.resolve("clinicians.csv");
		try (FileChannel file = FileChannel.open(clinicians, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			file.write(ByteBuffer.wrap(new byte[] { '\n' }), bytes - 1);
		}
		var builder = new ProcessBuilder("bash", "-x", "scripts/pi-readiness", "--clinicians=" + clinicians, "--help")
			.redirectOutput(folder.resolve("out.txt").toFile())
			.redirectError(folder.resolve("trace.txt").toFile());
		builder.environment().put("PI_READINESS_CDS", "off");
		builder.environment().remove("JAVA_OPTS");
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

		assertThat(process.exitValue()).isZero();
		String java = Files.readAllLines(folder.resolve("trace.txt"), StandardCharsets.UTF_8).stream()
			.filter(line -> line.startsWith("+ exec java "))
			.findFirst()
			.orElseThrow();
		assertThat(java).contains(" " + most + " ").contains(" " + compiler + " ");
		if (atStart == null) {
			assertThat(java).doesNotContain("-Xms").doesNotContain("TenuringThreshold");
		}
		else {
			assertThat(java).contains(" " + atStart + " ").contains(" -XX:InitialTenuringThreshold=1 ");
		}
	}
}
