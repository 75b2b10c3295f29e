package org.newsgraph.core.store.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The copy's size a triple, measured on the heap ({@link UnionInMemorySize}); the README gives larger unions. */
class UnionInMemorySizeTest {
    @Test
    void aTripleTakesFewBytes() {
        UnionInMemorySize.Measured measured = UnionInMemorySize.measure(4_000);
        System.out.println(measured);
        assertTrue(measured.triples() > 50_000, "the union is large enough to measure: " + measured);
        // The floor: the dictionary's fixed parts weigh more on a small union than on a large one.
        assertTrue(measured.heapPerTriple() < 60, measured.toString());
        assertTrue(measured.arrayBytes() > measured.heapBytes() / 2, "the copy's own count is of the same size: " + measured);
    }
}
