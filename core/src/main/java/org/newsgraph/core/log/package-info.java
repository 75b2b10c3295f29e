/**
 * The distributed mode on Apache Kafka: the topics ({@link org.newsgraph.core.log.Topics}), the post and
 * graph messages and their formats (N-Quads, RDF Patch), the workers' slug claims, dead letters, and the
 * replica's apply loop ({@link org.newsgraph.core.log.GraphReplica}). It sits in core (the project's four
 * modules are fixed) so that the workers (ingest) and the replicas (sparql-service) share one definition
 * of the log. Uses the store's facade, the model records, kafka-clients and jena-rdfpatch; no HTTP, no
 * NLP, never ingest or the service.
 */
package org.newsgraph.core.log;
