/**
 * Linked data: dereferenceable entity pages, the ontology, the VoID description and the dump.
 * Uses core's Store and the ontology.
 */
package org.newsgraph.sparql.ld;
