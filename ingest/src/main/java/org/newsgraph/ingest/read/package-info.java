/**
 * Readers of live pages (plain text, HTML, JSON-LD, RSS, Atom) into stories and posts, with
 * their dates and refusals. Uses core's story, slug and iri packages.
 */
package org.newsgraph.ingest.read;
