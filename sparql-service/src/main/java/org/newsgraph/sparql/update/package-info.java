/**
 * The SPARQL 1.1 Update protocol at /update: a resource that checks the protocol and a service
 * that runs the update through core's Store. Uses http.
 */
package org.newsgraph.sparql.update;
