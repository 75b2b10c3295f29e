/**
 * The distributed mode on Apache Kafka: the topics ({@link org.newsgraph.log.Topics}), the post and
 * graph messages and their codecs, dead letters, and the replica's apply loop
 * ({@link org.newsgraph.log.GraphReplica}). A module of its own, so that core stays free of Kafka and
 * both the workers (ingest) and the replicas (sparql-service) share one definition of the log.
 * Uses core (the store, the model records) and kafka-clients; never ingest or the service.
 */
package org.newsgraph.log;
