package org.newsgraph.ingest.evaluate;

import java.util.List;

/**
 * A gold role together with the person who holds it: one item to match predicted roles against.
 *
 * @param person   the holder's gold label
 * @param role     the role
 * @param optional whether the holder or the role is optional
 */
record HeldRole(String person, GoldRole role, boolean optional) {
    /** Every gold role of the document, person by person. */
    static List<HeldRole> of(GoldDocument gold) {
        return gold.entities().stream()
                .flatMap(e -> e.roles().stream().map(r -> new HeldRole(e.label(), r, e.optional() || r.optional())))
                .toList();
    }

    /** The title and its aliases. */
    List<String> titles() {
        return GoldNames.concat(role.title(), role.titleAliases());
    }

    /** What the role is of, and the accepted alternatives. */
    List<String> ofs() {
        return GoldNames.concat(role.of(), role.ofAlternatives());
    }
}
