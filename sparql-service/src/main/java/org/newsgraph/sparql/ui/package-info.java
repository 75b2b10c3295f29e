/**
 * The query page at / for people: an editor, saved queries and the results. Uses the settings
 * and ld's ontology.
 */
package org.newsgraph.sparql.ui;
