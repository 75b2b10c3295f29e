/**
 * The IRIs of the graph: slugs made from names, the registry that keeps two namesakes apart,
 * and the minter that names stories, posts, entities and events. Uses entity, event and story.
 */
package org.newsgraph.core.iri;
