package org.newsgraph.core.entity;

import java.util.Optional;
import java.util.Set;

/**
 * Something a post names: a person, an organisation, a country or a place.
 * Two entities of the same kind are the same entity when their labels agree but for case,
 * accents and punctuation, and their {@link #sameAs()} links do not differ.
 */
public sealed interface Entity permits Agent, Locatable {
    /** The canonical name, such as "John Healey". */
    String label();

    /** Every other surface form seen, such as "Healey"; never contains the label. */
    Set<String> aliases();

    /** The same entity in an external knowledge graph (a Wikidata IRI), where known. */
    Optional<String> sameAs();

    /** The kind of entity, which also names its IRI folder. */
    EntityKind kind();
}
