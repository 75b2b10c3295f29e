/**
 * The ontology: its Turtle files (OWL and SHACL) and one constants class of its terms
 * ({@link org.newsgraph.ontology.NG}). Uses Jena only.
 */
package org.newsgraph.ontology;
