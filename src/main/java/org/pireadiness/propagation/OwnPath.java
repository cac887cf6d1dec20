package org.pireadiness.propagation;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

import org.pireadiness.portfolio.EntityRef;
import org.pireadiness.portfolio.TinNpi;

/**
 * The path list of a TIN/NPI whose one path is its own INDIVIDUAL submission, made from its key when read: a
 * national run's results hold hundreds of thousands of them while the reports are written.
 */
final class OwnPath extends AbstractList<EntityRef> implements RandomAccess {

	private final long tinNpi;

	OwnPath(long tinNpi) {
		this.tinNpi = tinNpi;
	}

	@Override
	public EntityRef get(int index) {
		Objects.checkIndex(index, 1);
		return ref(tinNpi);
	}

	/** The INDIVIDUAL path of a TIN/NPI, from its key. */
	static EntityRef ref(long tinNpi) {
		return EntityRef.individual(TinNpi.tin(tinNpi), TinNpi.npi(tinNpi));
	}

	@Override
	public int size() {
		return 1;
	}
}
