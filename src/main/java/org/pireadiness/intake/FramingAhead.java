package org.pireadiness.intake;

import java.io.IOException;

/**
 * Frames a file's records on a thread of their own once its header is read, so that cutting the text into
 * records and parsing them with Commons CSV run on different cores. Until {@link #readAhead()} the records are
 * framed on the caller's thread: a file opened only to check its header starts no thread.
 */
final class FramingAhead implements FramedRecords {

	private final RecordFramer framer;

	private final HandOff framed;

	private boolean ahead;

	FramingAhead(RecordFramer framer, String label) {
		this.framer = framer;
		this.framed = new HandOff("framing " + label, this::frame, framer);
	}

	/** From now on the records are framed on the hand-off's thread. */
	void readAhead() {
		ahead = true;
	}

	@Override
	public RecordFramer.Framed next() throws IOException {
		return ahead ? (RecordFramer.Framed) framed.next() : framer.next();
	}

	private void frame(HandOff handOff) throws IOException {
		for (var record = framer.next(); record != null; record = framer.next()) {
			handOff.hand(record);
		}
	}

	@Override
	public void close() {
		framed.close();
	}
}
