/**
 * The store's life in the service: opened at start-up and closed at shutdown, its union copied
 * into memory, its health reported (also to the container, by ReadinessProbe), the work it
 * starts in the background. Uses core's Store and the settings.
 */
package org.newsgraph.sparql.store;
