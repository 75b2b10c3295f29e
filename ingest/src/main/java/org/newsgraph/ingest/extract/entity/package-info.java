/**
 * The people, organisations, countries and places of a story, found and resolved by named passes
 * run in a fixed order over one shared model of mentions ({@link org.newsgraph.ingest.extract.entity.Mentions}),
 * as CoreNLP's coreference sieves are. Uses the annotated text of {@code extract.nlp} and the core's
 * entity records; knows nothing of events.
 */
package org.newsgraph.ingest.extract.entity;
