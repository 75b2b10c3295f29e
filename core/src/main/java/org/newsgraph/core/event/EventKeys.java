package org.newsgraph.core.event;

import java.util.LinkedHashSet;
import java.util.List;
import org.newsgraph.core.slug.SlugSyntax;

/** The checks and list operations the event records share. */
final class EventKeys {
    private EventKeys() {}

    static String check(String key) {
        if (key == null || !SlugSyntax.isSlug(key)) {
            throw new IllegalArgumentException("an event key is a slug: " + key);
        }
        return key;
    }

    static <T> List<T> atLeastOne(List<T> values, String what) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("needs at least one " + what);
        }
        return List.copyOf(values);
    }

    @SafeVarargs
    static <T> List<T> union(List<? extends T>... lists) {
        LinkedHashSet<T> all = new LinkedHashSet<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
