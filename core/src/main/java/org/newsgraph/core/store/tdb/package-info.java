/**
 * The TDB2 store behind {@link org.newsgraph.core.store.Store}: its transactions, safe updates,
 * bulk loads and the slug registry kept in the store. Uses union, memory, search and layout.
 */
package org.newsgraph.core.store.tdb;
