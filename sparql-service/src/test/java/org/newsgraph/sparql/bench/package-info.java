/**
 * The service's benchmarks (SPARQL against Fuseki and Virtuoso, exploration, soak), run by Maven
 * profiles, never by the test suite: generated corpora and their loaded copies, the servers in
 * processes of their own, the query mix and its clients, and the reports. May use core, Jena,
 * Fuseki from the test classpath and the shared {@code virtuoso.sh}; never the service's classes.
 */
package org.newsgraph.sparql.bench;
