import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large QRDA Category III document for measuring how the job reads one: CMS's 2022 APP group sample with
 * its eCQM section's entries repeated (the PI section left as it is) until the file has the size asked for.
 *
 * Usage: java scripts/GenerateQrda.java SAMPLE.xml OUT.xml [MEGABYTES, default 50]
 */
public class GenerateQrda {

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java scripts/GenerateQrda.java SAMPLE.xml OUT.xml [MEGABYTES]");
			System.exit(2);
		}
		String sample = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		long wanted = (args.length > 2 ? Long.parseLong(args[2]) : 50) * 1024 * 1024;
		int section = sample.indexOf("<section>");
		int first = sample.indexOf("<entry>", section);
		int last = sample.indexOf("</section>", first);
		String entries = sample.substring(first, sample.lastIndexOf("</entry>", last) + "</entry>".length());
		try (var out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
			out.write(sample, 0, first);
			long written = first + sample.length() - first;
			while (written < wanted) {
				out.write(entries);
				out.write('\n');
				written += entries.length() + 1;
			}
			out.write(sample, first, sample.length() - first);
		}
		System.out.printf("wrote %s: %,d bytes%n", args[1], Files.size(Path.of(args[1])));
	}
}
