/**
 * The SPARQL 1.1 Update protocol at /update: a resource that checks the protocol and a service
 * that runs the update through core's Store, refusing with refusal's domain errors. Uses http and refusal.
 */
package org.newsgraph.sparql.update;
