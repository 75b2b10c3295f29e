/**
 * Scoring an extraction against gold annotations: the Java twin of the shared reference scorer
 * ({@link org.newsgraph.ingest.evaluate.ExtractionScorer}), the explanation of its errors
 * ({@link org.newsgraph.ingest.evaluate.Finding}), and the evaluation of pages each in a store of
 * their own ({@link org.newsgraph.ingest.evaluate.PageEvaluator}). Uses core's store and ingest's
 * reading and pipeline packages; never the extraction's insides.
 */
package org.newsgraph.ingest.evaluate;
