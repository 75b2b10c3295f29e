package org.newsgraph.core.store.memory;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;

/**
 * Measures the heap the union in memory takes a triple: the union of N generated posts (one
 * graph each, as the store keeps them) is copied, and the heap in use after a full collection is
 * compared before and after. Also a main, for larger unions:
 * <pre>
 *   java -Xmx6g -cp ... org.newsgraph.core.store.memory.UnionInMemorySize 200000
 * </pre>
 */
public final class UnionInMemorySize {
    /** What one measurement found. */
    public record Measured(int posts, long triples, long terms, long heapBytes, long arrayBytes, long dictionaryBytes, long millis) {
        double heapPerTriple() {
            return (double) heapBytes / triples;
        }

        @Override
        public String toString() {
            return String.format("%,d posts: %,d union triples, %,d terms, copied in %,d ms; heap %.1f bytes a triple"
                    + " (%,d MB); arrays %.1f bytes a triple, of which the dictionary %.1f", posts, triples, terms, millis,
                    heapPerTriple(), heapBytes >> 20, (double) arrayBytes / triples, (double) dictionaryBytes / triples);
        }
    }

    private UnionInMemorySize() {
    }

    public static void main(String[] args) {
        System.out.println(measure(Integer.parseInt(args.length > 0 ? args[0] : "20000")));
    }

    /** Copies the union of {@code posts} generated posts (stories of 20) and measures the copy. */
    static Measured measure(int posts) {
        Set<Triple> union = new HashSet<>();
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE, SlugRegistry.inMemory());
        new SyntheticStories(42).generate(Math.max(1, posts / 20), Math.min(20, posts),
                facts -> PostGraph.of(facts, iris).find().forEachRemaining(union::add));
        // Jena's and TDB2's classes, loaded on first use, are not the copy's; nor are the values
        // Jena caches in the literals of the test's own triples when the copy first reads them.
        new UnionInMemory(Long.MAX_VALUE).load(union.stream().limit(1000).iterator());
        union.forEach(t -> TermIds.canonical(t.getObject()));
        long before = heapInUse();
        long start = System.nanoTime();
        UnionInMemory copy = new UnionInMemory(Long.MAX_VALUE);
        copy.load(union.iterator());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = heapInUse();
        Measured measured = new Measured(posts, copy.size(), copy.terms(),
                after - before, copy.bytes(), copy.dictionaryBytes(), millis);
        Reference.reachabilityFence(copy);
        Reference.reachabilityFence(union);
        return measured;
    }

    private static long heapInUse() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
