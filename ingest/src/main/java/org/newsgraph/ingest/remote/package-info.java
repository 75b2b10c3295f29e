/**
 * The remote writer: posts written over the SPARQL Graph Store protocol to a running service or
 * any graph store, with a slug registry that asks its SPARQL endpoint. Uses java.net.http and
 * core's store facade (its write path).
 */
package org.newsgraph.ingest.remote;
