/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at /data: the service reads and writes graphs and
 * answers with values or refuses with refusal's domain errors; the resource turns the values into
 * HTTP, http.ErrorResponses the refusals. Uses http, refusal and core's Store.
 */
package org.newsgraph.sparql.graphstore;
