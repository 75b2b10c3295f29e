package org.newsgraph.core.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/** The checks every entity's names share. */
final class Names {
    private Names() {}

    /** A copy of the aliases without blanks and without the label itself; the label must not be blank. */
    static Set<String> aliases(String label, Set<String> aliases) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an entity needs a label");
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String alias : aliases) {
            if (!alias.isBlank() && !alias.equals(label)) {
                kept.add(alias);
            }
        }
        return Set.copyOf(kept);
    }
}
