/**
 * The standard extraction stages: {@link org.newsgraph.ingest.extract.TextAnnotator} (CoreNLP),
 * {@link org.newsgraph.ingest.extract.EntityExtractor} and {@link org.newsgraph.ingest.extract.EventExtractor},
 * passing the annotated story between them as a value. Uses {@code extract.nlp},
 * {@code extract.entity}, {@code extract.event}, {@code pipeline} and core's records; no store, no HTTP.
 */
package org.newsgraph.ingest.extract;
