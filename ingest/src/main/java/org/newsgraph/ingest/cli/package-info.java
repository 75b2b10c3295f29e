/**
 * The newsgraph command line (picocli): ingest, load, compact and evaluate, with their options,
 * folder watching and progress. Uses every other ingest package and core's store.
 */
package org.newsgraph.ingest.cli;
