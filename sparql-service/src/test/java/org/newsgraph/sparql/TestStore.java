package org.newsgraph.sparql;

import org.apache.commons.io.file.PathUtils;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.PostFacts;

/**
 * A real TDB2 folder holding {@link FerryStrike}'s posts, for the service under test to open.
 * <pre>
 *   &#64;QuarkusTest
 *   &#64;WithTestResource(TestStore.class)
 *   class SomeTest { ... }
 * </pre>
 * The store is written and closed before the service starts, as an ingest run would leave it.
 * A subclass serves other posts: {@code super(Summits.BASE, Summits::posts)}.
 */
public class TestStore implements QuarkusTestResourceLifecycleManager {
    private final String base;
    private final Supplier<List<PostFacts>> posts;
    private Path folder;

    public TestStore() {
        this(FerryStrike.BASE, FerryStrike::posts);
    }

    protected TestStore(String base, Supplier<List<PostFacts>> posts) {
        this.base = base;
        this.posts = posts;
    }

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("newsgraph-sparql-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path tdb = folder.resolve("tdb2");
        try (Store store = Store.open(tdb, base)) {
            for (WriteResult result : store.write(posts.get())) {
                if (result.outcome() != WriteResult.Outcome.WRITTEN) {
                    throw new IllegalStateException(result.graph() + ": " + result.problem().orElse(""));
                }
            }
        }
        return Map.of("newsgraph.store", tdb.toString(), "newsgraph.base", base);
    }

    @Override
    public void stop() {
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
