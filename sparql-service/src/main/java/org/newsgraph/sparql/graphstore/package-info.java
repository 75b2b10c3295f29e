/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at /data: the service reads and writes graphs and
 * answers with values; the resource turns them into HTTP. Uses http and core's Store.
 */
package org.newsgraph.sparql.graphstore;
