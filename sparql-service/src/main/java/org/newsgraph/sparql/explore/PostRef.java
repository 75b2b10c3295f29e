package org.newsgraph.sparql.explore;

/** A post that reports an event: its IRI, headline, publication time and story. */
public record PostRef(String iri, String headline, String publishedAt, String story) {}
