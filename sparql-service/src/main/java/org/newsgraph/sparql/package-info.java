/**
 * The SPARQL service (Quarkus): its settings ({@link org.newsgraph.sparql.ServiceConfig}) here,
 * one package per protocol beneath, and the pages built on them. It may use core and ontology,
 * never ingest.
 */
package org.newsgraph.sparql;
