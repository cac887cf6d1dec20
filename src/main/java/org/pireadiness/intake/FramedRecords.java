package org.pireadiness.intake;

import java.io.Closeable;
import java.io.IOException;

/** A file's records as framed, in file order: by a {@link RecordFramer} itself, or by a stage running one ahead. */
interface FramedRecords extends Closeable {

	/** The next non-blank record, or null at the end of the file. */
	RecordFramer.Framed next() throws IOException;
}
