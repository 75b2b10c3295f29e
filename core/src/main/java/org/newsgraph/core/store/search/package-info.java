/**
 * The text index: Lucene over the headlines, bodies and quotes of the union, kept in the same
 * transactions as the store, and its text:query property function. Uses layout.
 */
package org.newsgraph.core.store.search;
