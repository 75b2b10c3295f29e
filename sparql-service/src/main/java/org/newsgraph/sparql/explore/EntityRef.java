package org.newsgraph.sparql.explore;

/**
 * An entity as the exploration shows it: its IRI, its label, and its kind ({@code Person},
 * {@code Organisation}, {@code Country}, {@code Place}; empty when the store gives none).
 */
public record EntityRef(String iri, String label, String kind) {}
