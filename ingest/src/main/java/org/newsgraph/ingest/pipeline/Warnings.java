package org.newsgraph.ingest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Where stages report warnings; safe to use from the threads that annotate posts in parallel. */
public final class Warnings {
    private final ConcurrentLinkedQueue<Warning> all = new ConcurrentLinkedQueue<>();

    /** Records a warning. */
    public void add(String kind, String where, String message) {
        all.add(new Warning(kind, where, message));
    }

    /** Every warning so far, in the order they came. */
    public List<Warning> list() {
        return List.copyOf(all);
    }

    /** How many warnings of each kind, by kind name. */
    public Map<String, Integer> countsByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        all.forEach(w -> counts.merge(w.kind(), 1, Integer::sum));
        return counts;
    }
}
