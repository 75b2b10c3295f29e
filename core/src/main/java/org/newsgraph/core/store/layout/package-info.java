/**
 * How the store lays out its TDB2 dataset (the union's graph, the bookkeeping node) and the
 * part every index joins TDB2's write transactions with. Uses Jena only.
 */
package org.newsgraph.core.store.layout;
