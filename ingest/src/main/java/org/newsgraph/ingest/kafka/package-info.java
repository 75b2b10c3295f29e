/**
 * The ingest side of the distributed mode: {@link org.newsgraph.ingest.kafka.PostPublisher} puts the
 * posts readers read on {@code newsgraph.posts}; {@link org.newsgraph.ingest.kafka.ExtractionWorker}s in
 * one consumer group extract each story's new and edited posts and put their graphs on
 * {@code newsgraph.graphs}. Uses the log module (topics, messages), the pipeline's extractors and core's
 * {@code PostGraph}; the CLI starts these.
 */
package org.newsgraph.ingest.kafka;
