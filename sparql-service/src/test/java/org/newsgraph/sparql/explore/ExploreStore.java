package org.newsgraph.sparql.explore;

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

/** A real TDB2 folder holding {@link Summits}' posts, written with {@link Store#write} before the service starts. */
public class ExploreStore implements QuarkusTestResourceLifecycleManager {
    private Path folder;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("newsgraph-explore-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path tdb = folder.resolve("tdb2");
        try (Store store = Store.open(tdb, Summits.BASE)) {
            for (WriteResult result : store.write(Summits.posts())) {
                if (result.outcome() != WriteResult.Outcome.WRITTEN) {
                    throw new IllegalStateException(result.graph() + ": " + result.problem().orElse(""));
                }
            }
        }
        return Map.of("newsgraph.store", tdb.toString(), "newsgraph.base", Summits.BASE);
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
