package org.pireadiness.intake.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open elements of a QRDA III document being read, innermost first: each with its name, its place among its
 * parent's children of that name (for an XPath-like location), and the templates its {@code templateId} children
 * named so far.
 */
final class QrdaElements {

	/** One open element. */
	static final class Element {

		final String name;

		final int index;

		final Set<String> templates = new HashSet<>(2);

		private Map<String, Integer> children;

		Element(String name, int index) {
			this.name = name;
			this.index = index;
		}

		private int nextIndex(String child) {
			if (children == null) {
				children = new HashMap<>();
			}
			return children.merge(child, 1, Integer::sum);
		}
	}

	private final Deque<Element> open = new ArrayDeque<>();

	/** Opens an element under the current one; returns it. */
	Element open(String name) {
		Element parent = open.peek();
		Element element = new Element(name, parent == null ? 1 : parent.nextIndex(name));
		open.push(element);
		return element;
	}

	Element close() {
		return open.pop();
	}

	int depth() {
		return open.size();
	}

	/** The open elements, innermost first. */
	Iterator<Element> inward() {
		return open.iterator();
	}

	/** The {@code n}th open element from the innermost (0), or null. */
	Element up(int n) {
		Iterator<Element> elements = open.iterator();
		for (int i = 0; i < n && elements.hasNext(); i++) {
			elements.next();
		}
		return elements.hasNext() ? elements.next() : null;
	}

	/** Whether {@code inner} is open right inside an {@code entry} that is right inside {@code section}. */
	boolean isEntryOf(Element inner, Element section) {
		Iterator<Element> elements = open.iterator();
		while (elements.hasNext() && elements.next() != inner) {
			// down to the inner element
		}
		return elements.hasNext() && elements.next().name.equals("entry") && elements.hasNext()
				&& elements.next() == section;
	}

	/** The names of the innermost {@code count} open elements, outermost first, joined by '/'. */
	String path(int count) {
		List<String> names = new ArrayList<>(count);
		Iterator<Element> elements = open.iterator();
		for (int i = 0; i < count && elements.hasNext(); i++) {
			names.add(0, elements.next().name);
		}
		return String.join("/", names);
	}

	/** An XPath-like location of an open element, {@code skip} of the innermost ones left out. */
	String location(int skip) {
		StringBuilder path = new StringBuilder();
		Iterator<Element> elements = open.descendingIterator();
		for (int i = 0; i < open.size() - skip; i++) {
			Element element = elements.next();
			path.append('/').append(element.name);
			if (element.index > 1) {
				path.append('[').append(element.index).append(']');
			}
		}
		return path.toString();
	}
}
