/**
 * What a slug may be, the one rule the story, event and IRI packages share; it sits beneath
 * them so that none of them depends on another for it. Uses the JDK only.
 */
package org.newsgraph.core.slug;
