/**
 * The ontology's documentation page, written from the ontology itself. Uses the ontology.
 */
package org.newsgraph.ontology.docs;
