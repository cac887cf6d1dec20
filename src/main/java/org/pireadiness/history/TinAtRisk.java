package org.pireadiness.history;

/** How many of a TIN's clinicians, and of the entities its page lists, were at risk in one run. */
public record TinAtRisk(String tin, int clinicians, int entities) {
}
