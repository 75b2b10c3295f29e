/**
 * The ingest pipeline: a reader, extraction stages ({@code Extractor}, each declaring the
 * {@code Capability}s it requires and provides) passing an {@code AnnotatedStory} along, and a
 * sink. Uses {@code read} and core's store and records; knows no NLP.
 */
package org.newsgraph.ingest.pipeline;
