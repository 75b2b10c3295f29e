/**
 * HTTP concerns every protocol shares: write access, body limits, protocol parameters, content
 * negotiation, RDF bodies, the request log and the one exception mapper with its error formats,
 * which gives each refusal its status. Uses JAX-RS, Vert.x, Jena and refusal; knows no protocol package.
 */
package org.newsgraph.sparql.http;
