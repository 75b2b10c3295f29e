package org.newsgraph.ingest.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * A gold entity: a prediction matches it when it has the same type and a name in common.
 *
 * @param label    the canonical name, which events and roles refer to it by
 * @param type     Person, Organisation, Country or Place
 * @param aliases  the other names it goes by
 * @param roles    the roles it holds (persons)
 * @param optional a borderline entity, never missed and never a false positive
 */
public record GoldEntity(String label, String type, List<String> aliases, List<GoldRole> roles, boolean optional) {
    public GoldEntity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
