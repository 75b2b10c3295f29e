package org.newsgraph.sparql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.PostFacts;

/** The query mix over a small generated store: its parameters come from the data, so every query finds rows. */
class QueryMixTest {
    private static Store store;
    private static QueryMix mix;

    @BeforeAll
    static void writeAFewStories() {
        store = Store.inMemory(IriMinter.DEFAULT_BASE);
        List<PostFacts> posts = new ArrayList<>();
        new SyntheticStories(3).generate(4, 10, posts::add);
        store.write(posts);
        mix = QueryMix.of(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyKindOfQueryFindsRowsWhateverItsParameters() {
        Random random = new Random(1);
        for (QueryKind kind : QueryKind.values()) {
            for (int i = 0; i < 10; i++) {
                String text = kind.text(mix, random);
                assertTrue(rows(text) > 0, () -> kind.label() + " found nothing:\n" + text);
            }
        }
    }

    @Test
    void theParametersChangeTheTextAndTheSeedFixesIt() {
        Random random = new Random(1);
        for (QueryKind kind : QueryKind.values()) {
            Set<String> texts = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                texts.add(kind.text(mix, random));
            }
            assertTrue(texts.size() > 1, kind.label() + " sends one text only");
        }
        assertEquals(draws(7), draws(7));
        assertTrue(!draws(7).equals(draws(8)));
    }

    @Test
    void theParametersAreValuesOfTheData() {
        assertTrue(mix.people().stream().allMatch(p -> p.startsWith(IriMinter.DEFAULT_BASE + "id/person/")), mix.people()::toString);
        assertTrue(mix.roleCountries().stream().allMatch(c -> c.startsWith(IriMinter.DEFAULT_BASE + "id/country/")));
        assertTrue(mix.accusingPairs().stream().noneMatch(pair -> pair.accuser().equals(pair.accused())));
        assertTrue(mix.quoteWords().contains("winter") || mix.quoteWords().contains("summit"), mix.quoteWords()::toString);
    }

    private static List<QueryMix.BenchQuery> draws(long seed) {
        Random random = new Random(seed);
        List<QueryMix.BenchQuery> queries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queries.add(mix.next(random));
        }
        return queries;
    }

    private static int rows(String select) {
        return store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(select).build()) {
                int[] n = {0};
                exec.select().forEachRemaining(row -> n[0]++);
                return n[0];
            }
        });
    }
}
