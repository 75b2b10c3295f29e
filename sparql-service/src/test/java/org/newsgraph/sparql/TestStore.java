package org.newsgraph.sparql;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;

/**
 * A real TDB2 folder holding {@link FerryStrike}'s posts, for the service under test to open.
 * <pre>
 *   &#64;QuarkusTest
 *   &#64;WithTestResource(TestStore.class)
 *   class SomeTest { ... }
 * </pre>
 * The store is written and closed before the service starts, as an ingest run would leave it.
 */
public class TestStore implements QuarkusTestResourceLifecycleManager {
    private Path folder;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("newsgraph-sparql-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path tdb = folder.resolve("tdb2");
        try (Store store = Store.open(tdb, FerryStrike.BASE)) {
            for (WriteResult result : store.write(FerryStrike.posts())) {
                if (result.outcome() != WriteResult.Outcome.WRITTEN) {
                    throw new IllegalStateException(result.graph() + ": " + result.problem().orElse(""));
                }
            }
        }
        return Map.of("newsgraph.store", tdb.toString(), "newsgraph.base", FerryStrike.BASE);
    }

    @Override
    public void stop() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
