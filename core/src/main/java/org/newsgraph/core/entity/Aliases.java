package org.newsgraph.core.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/** The aliases every entity keeps beside its label, checked the same way for each kind. */
final class Aliases {
    private Aliases() {}

    /** A copy of the aliases without blanks and without the label itself; the label must not be blank. */
    static Set<String> of(String label, Set<String> aliases) {
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
