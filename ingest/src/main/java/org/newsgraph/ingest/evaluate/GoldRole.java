package org.newsgraph.ingest.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * A role a gold person holds.
 *
 * @param title          the title ("Defence Secretary")
 * @param titleAliases   other ways of writing it
 * @param of             the label of the gold entity the role belongs to
 * @param ofAlternatives labels of other entities that are accepted instead
 * @param optional       a borderline role, never missed and never a false positive
 */
public record GoldRole(String title, List<String> titleAliases, String of, List<String> ofAlternatives,
                       boolean optional) {
    public GoldRole {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(of, "of");
        titleAliases = List.copyOf(titleAliases);
        ofAlternatives = List.copyOf(ofAlternatives);
    }
}
