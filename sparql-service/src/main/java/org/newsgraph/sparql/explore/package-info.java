/**
 * Exploration: timelines, neighbours, co-occurrence, paths and storylines, as JSON and as pages,
 * answered from an in-memory event index that follows the store. Uses http, ld and core.
 */
package org.newsgraph.sparql.explore;
