/**
 * What shields the service from hostile and careless clients before any resource runs: Vert.x
 * route handlers that bound how long a body may take and how many connections an address
 * holds, refuse writes a browser makes for another site, and give every page its security
 * headers. They use the service's settings ({@code ServiceConfig}) and Vert.x, nothing of the store.
 */
package org.newsgraph.sparql.guard;
