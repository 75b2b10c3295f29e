/**
 * Exploration: timelines, neighbours, co-occurrence, paths and storylines, as JSON and as pages,
 * answered from an in-memory event index that follows the store, filled in the store package's
 * BackgroundStart. Refuses with refusal's domain errors. Uses http, ld, refusal, store and core.
 */
package org.newsgraph.sparql.explore;
