package org.newsgraph.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ontology.NG;

/** The benchmarks' posts: the same for the same seed, valid for the store, and about a recurring cast. */
class SyntheticStoriesTest {
    private static final String BASE = "http://example.org/";

    @Test
    void theSameSeedGivesTheSamePosts() {
        assertEquals(posts(7, 3, 10), posts(7, 3, 10));
        assertTrue(!posts(7, 3, 10).equals(posts(8, 3, 10)), "another seed, other posts");
    }

    @Test
    void everyPostIsStoredAndEntitiesAndEventsRecur() {
        List<PostFacts> posts = posts(42, 10, 20);
        assertEquals(200, posts.size());
        try (Store store = Store.inMemory(BASE)) {
            for (WriteResult result : store.write(posts)) {
                assertEquals(WriteResult.Outcome.WRITTEN, result.outcome(), () -> result.problem().orElse(""));
            }
            long people = count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ng:Person }");
            assertTrue(people < 2 * posts.size(), "people recur across posts: " + people);
            long storiesPerPerson = count(store, "SELECT (MAX(?stories) AS ?n) { SELECT ?p (COUNT(DISTINCT ?s) AS ?stories)"
                    + " { ?p a ng:Person ; ng:mentionedIn/ng:inStory ?s } GROUP BY ?p }");
            assertTrue(storiesPerPerson > 1, "someone appears in more than one story");
            long reportedTwice = count(store, "SELECT (COUNT(*) AS ?n) { SELECT ?e { ?e a ng:Pledge ; ng:mentionedIn ?post }"
                    + " GROUP BY ?e HAVING (COUNT(?post) > 1) }");
            assertTrue(reportedTwice > 0, "some pledge is reported by more than one post");
            for (String kind : List.of("Meeting", "Pledge", "Accusation", "Statement", "Visit")) {
                assertTrue(count(store, "SELECT (COUNT(*) AS ?n) { ?e a ng:" + kind + " }") > 0, kind);
            }
        }
    }

    @Test
    void aLargerCastKeepsTheBaseCastsPostsOnlyWhenItIsTheBaseCast() {
        List<PostFacts> base = posts(42, 4, 10);
        List<PostFacts> same = new ArrayList<>();
        new SyntheticStories(42, SyntheticStories.BASE_CAST).generate(4, 10, same::add);
        assertEquals(base, same);
        List<PostFacts> larger = new ArrayList<>();
        new SyntheticStories(42, 4 * SyntheticStories.BASE_CAST).generate(4, 10, larger::add);
        assertTrue(!base.equals(larger), "a larger cast, other people in the posts");
    }

    @Test
    void aLargerCastNamesEveryoneOnce() {
        Set<String> names = new HashSet<>();
        new SyntheticStories(5, 30_000).generate(500, 20, facts -> facts.entities().stream()
                .filter(e -> e instanceof Person).forEach(e -> names.add(Slugs.of(e.label()))));
        assertTrue(names.size() > 10_000, "10,000 posts of a cast of 30,000 name most of it: " + names.size());
        assertTrue(names.stream().anyMatch(n -> n.matches("[a-z]+-[a-z]-[a-z]+-[a-z]+")), "middle initials: " + names.size());
        assertThrows(IllegalArgumentException.class, () -> new SyntheticStories(1, SyntheticStories.BASE_CAST - 1));
    }

    private static List<PostFacts> posts(long seed, int stories, int postsPerStory) {
        List<PostFacts> posts = new ArrayList<>();
        new SyntheticStories(seed).generate(stories, postsPerStory, posts::add);
        return posts;
    }

    private static long count(Store store, String select) {
        return store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query("PREFIX ng: <" + NG.NS + ">\n" + select).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }
}
