package org.newsgraph.core.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;

/**
 * Every quad of a store's named graphs, for tests that compare what two writers stored; shared
 * with the other modules' tests through core's test-jar:
 * <pre>
 *   assertEquals(StoredQuads.inFolder(local, base), quadsTheServiceAnswers);
 * </pre>
 */
public final class StoredQuads {
    private StoredQuads() {}

    /** The quads of the store in {@code folder}, opened under {@code base} and closed again. */
    public static Set<Quad> inFolder(Path folder, String base) {
        try (Store store = Store.open(folder, base)) {
            return store.read(dataset -> {
                Set<Quad> quads = new HashSet<>();
                dataset.findNG(null, null, null, null).forEachRemaining(quads::add);
                return quads;
            });
        }
    }
}
