/**
 * The evaluation of extraction against the gold: reading the gold, predictions from a store,
 * matching and scoring. Uses core's store and the ontology.
 */
package org.newsgraph.ingest.evaluate;
