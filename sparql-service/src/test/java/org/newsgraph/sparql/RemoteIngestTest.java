package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.store.RemoteGraphStore;
import org.newsgraph.core.store.StoreRefused;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;

/**
 * An ingest into this service while it runs, as {@code newsgraph ingest --endpoint} does it: over
 * HTTP, with the write token, into the store the service holds. The service's store was written
 * locally from the same posts, so IRIs minted remotely must match those minted locally.
 */
@QuarkusTest
@TestProfile(RemoteIngestTest.FreshWritable.class)
@WithTestResource(TestStore.class)
class RemoteIngestTest {
    /** A profile of its own, so this class gets a store no other class has changed. */
    public static class FreshWritable extends Writable {}

    @TestHTTPResource("/data")
    URI graphStore;

    @Test
    void thePostsAStoreHoldsAreUnchangedAndAnEditedOneIsWritten() {
        RemoteGraphStore remote = RemoteGraphStore.connect(graphStore, FerryStrike.BASE, Optional.of(Writable.TOKEN));
        List<PostFacts> posts = FerryStrike.posts();
        assertEquals(List.of(WriteResult.Outcome.UNCHANGED, WriteResult.Outcome.UNCHANGED, WriteResult.Outcome.UNCHANGED),
                remote.write(posts).stream().map(WriteResult::outcome).toList(),
                "the same posts, minted remotely, are the graphs the local store wrote: same IRIs, same entity slugs");

        assertEquals(WriteResult.Outcome.WRITTEN,
                remote.write(List.of(retitled(posts.get(0), "Freedonia calls for patience"))).get(0).outcome());
        assertEquals(List.of("Freedonia calls for patience"), Sparql.column(Sparql.get(Sparql.PREFIXES
                + "SELECT ?h { ?p ng:headline ?h ; ng:position 1 }", null), ResultSetLang.RS_JSON, "h"));
        assertEquals(List.of(FerryStrike.BASE + "id/country/freedonia"), Sparql.column(Sparql.get(Sparql.PREFIXES
                + "SELECT DISTINCT ?c { ?c a ng:Country }", null), ResultSetLang.RS_JSON, "c"), "one Freedonia still");
    }

    @Test
    void withoutTheTokenTheIngestStopsSayingWhy() {
        RemoteGraphStore anonymous = RemoteGraphStore.connect(graphStore, FerryStrike.BASE, Optional.empty());
        List<PostFacts> changed = List.of(retitled(FerryStrike.posts().get(2), "Crossings called off"));
        StoreRefused refused = assertThrows(StoreRefused.class, () -> anonymous.write(changed));
        assertTrue(refused.getMessage().contains("401") && refused.getMessage().contains("--token"), refused::getMessage);
    }

    /** The same post under another headline, as an edit on the live page would give it. */
    private static PostFacts retitled(PostFacts facts, String headline) {
        Post p = facts.post();
        return new PostFacts(new Post(p.story(), p.id(), p.position(), headline, p.body(), p.publishedAt(),
                p.authors(), p.breaking(), p.images(), p.line()), facts.entities(), facts.events());
    }
}
