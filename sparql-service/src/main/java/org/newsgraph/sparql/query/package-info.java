/**
 * The SPARQL 1.1 Query protocol at /sparql: the resource, the service that answers, the result
 * cache, the query pool and the pipe that streams results, and the running queries admin. The
 * service refuses with refusal's domain errors, never an HTTP status. Uses http, refusal and core's Store.
 */
package org.newsgraph.sparql.query;
