/**
 * The story index: the stories a store holds and the posts of each, a read model asked of the
 * store through its facade. Uses store and the ontology.
 */
package org.newsgraph.core.story.index;
