package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The normalised names of the gold entities, by label: what a predicted value must share with a
 * gold label to match it. A label that names no gold entity stands for itself.
 * <pre>
 *   GoldNames names = new GoldNames(gold);
 *   names.of("United Kingdom")   // {"united kingdom", "uk", "britain", ...}
 * </pre>
 */
final class GoldNames {
    private final Map<String, Set<String>> byLabel = new HashMap<>();
    private final Set<String> optional = new HashSet<>();

    GoldNames(GoldDocument gold) {
        // A label given twice takes the names of its last entity, as in the reference scorer.
        for (GoldEntity entity : gold.entities()) {
            Set<String> names = new HashSet<>();
            for (String name : concat(entity.label(), entity.aliases())) {
                String n = NameMatching.normalise(name);
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
            byLabel.put(entity.label(), Set.copyOf(names));
        }
        gold.entities().stream().filter(GoldEntity::optional).forEach(e -> optional.addAll(byLabel.get(e.label())));
    }

    /** The names of the entity labelled {@code label}, else the label itself, normalised. */
    Set<String> of(String label) {
        Set<String> names = byLabel.get(label);
        return names != null ? names : Set.of(NameMatching.normalise(label));
    }

    /** The names of all the labelled entities. */
    Set<String> ofAll(Collection<String> labels) {
        Set<String> out = new HashSet<>();
        labels.forEach(label -> out.addAll(of(label)));
        return out;
    }

    /** Every name of an optional entity: a prediction with one of them is never a false positive. */
    Set<String> optionalNames() {
        return Set.copyOf(optional);
    }

    /** {@code first} followed by {@code rest}. */
    static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
