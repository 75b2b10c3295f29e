package org.newsgraph.ingest.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run did.
 *
 * @param read      posts read from the pages
 * @param written   posts whose graph was written (new or changed)
 * @param unchanged posts the store already held exactly
 * @param refused   posts left out: unreadable, or refused by the shapes
 * @param pagesRefused pages that could not be read at all
 * @param triples   triples in the graphs offered to the store
 * @param problems  why each refused post or page was refused, naming the page and line
 * @param warnings  what stages got past, counted by kind
 * @param stages    time spent in each stage, in pipeline order
 */
public record IngestReport(int read, int written, int unchanged, int refused, int pagesRefused, long triples,
                           List<String> problems, Map<String, Integer> warnings, Map<String, Duration> stages) {
    public IngestReport {
        problems = List.copyOf(problems);
        warnings = Map.copyOf(warnings);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** Whether every page was read and every post of it stored. */
    public boolean allStored() {
        return refused == 0 && pagesRefused == 0;
    }
}
