/**
 * Full-text search over the posts, as JSON and as a page, through the store's text index.
 * Uses core's Store and ld's links.
 */
package org.newsgraph.sparql.search;
