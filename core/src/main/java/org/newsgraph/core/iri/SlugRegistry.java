package org.newsgraph.core.iri;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns which slug. The first identity to claim {@code person/john-smith} keeps it; a
 * different identity with the same slug gets {@code john-smith-2}, and so on. Claims are
 * never taken back, so an entity keeps its IRI across runs, posts and stories.
 */
public interface SlugRegistry {
    /**
     * The slug this identity owns in this folder, claiming {@code wanted} or the first free
     * {@code wanted-N} when it has none yet.
     */
    String claim(String folder, String wanted, String identity);

    /** A registry held in memory, for a single run or a test. Not thread-safe. */
    static SlugRegistry inMemory() {
        Map<String, List<String>> owners = new HashMap<>();
        return (folder, wanted, identity) -> {
            List<String> ids = owners.computeIfAbsent(folder + "/" + wanted, k -> new ArrayList<>());
            int index = ids.indexOf(identity);
            if (index < 0) {
                ids.add(identity);
                index = ids.size() - 1;
            }
            return numbered(wanted, index);
        };
    }

    /** {@code wanted} for the first owner, {@code wanted-2} for the second, and so on. */
    static String numbered(String wanted, int index) {
        return index == 0 ? wanted : wanted + "-" + (index + 1);
    }
}
