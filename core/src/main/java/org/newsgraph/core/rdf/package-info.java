/**
 * A post and what it says, as the triples of its named graph in the ontology's terms. Uses
 * entity, event, story, iri and the ontology.
 */
package org.newsgraph.core.rdf;
