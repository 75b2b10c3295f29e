package org.newsgraph.sparql.explore;

/** A story and when it first mentioned what it is listed for (its first post, for a story's own storyline). */
public record StoryRef(String iri, String title, String firstMention) {}
