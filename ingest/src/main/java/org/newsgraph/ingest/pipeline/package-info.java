/**
 * The ingest pipeline: a reader, extractors declaring what they need and provide, and a sink
 * (a store), with a report per stage. Uses read and core.
 */
package org.newsgraph.ingest.pipeline;
