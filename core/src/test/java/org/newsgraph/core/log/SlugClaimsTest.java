package org.newsgraph.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.SlugRegistry;

/** {@link SlugClaims} over a real broker: claimants racing, restarted, and numbering as one process does. */
class SlugClaimsTest {
    @TempDir
    static Path folder;
    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(folder.resolve("broker"));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void twoClaimantsRacingForOneSlugGetOneNumberEachAgreeAndKeepThemAfterARestart() throws Exception {
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            people.add("person|ana lopes|http://www.wikidata.org/entity/Q" + i);
        }
        List<String> reversed = new ArrayList<>(people);
        Collections.reverse(reversed);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Map<String, String>> one = CompletableFuture.supplyAsync(() -> claimAll("w1", people, together));
        CompletableFuture<Map<String, String>> other = CompletableFuture.supplyAsync(() -> claimAll("w2", reversed, together));
        Map<String, String> mine = one.get();
        assertEquals(mine, other.get(), "both claimants agree on every owner");
        assertEquals(Set.of("ana-lopes", "ana-lopes-2", "ana-lopes-3", "ana-lopes-4", "ana-lopes-5", "ana-lopes-6"),
                Set.copyOf(mine.values()), "six identities, six slugs");
        try (SlugClaims restarted = SlugClaims.connect(broker.bootstrapServers(), "w1")) {
            for (String identity : reversed) {
                assertEquals(mine.get(identity), restarted.claim("person", "ana-lopes", identity), "kept after a restart: " + identity);
            }
        }
    }

    @Test
    void claimsInTurnAreNumberedAsTheSingleProcessRegistryNumbersThem() {
        List<String[]> claims = List.of(
                new String[] {"place", "tromso", "place|tromsø"}, new String[] {"place", "tromso", "place|tromso"},
                new String[] {"person", "kai-berg", "person|kai berg"}, new String[] {"place", "tromso", "place|tromsø"},
                new String[] {"place", "tromso", "place|tromso|http://www.wikidata.org/entity/Q25395"},
                new String[] {"person", "kai-berg", "person|kai berg"});
        SlugRegistry single = SlugRegistry.inMemory();
        try (SlugClaims first = SlugClaims.connect(broker.bootstrapServers(), "w1");
             SlugClaims second = SlugClaims.connect(broker.bootstrapServers(), "w2")) {
            for (int i = 0; i < claims.size(); i++) {
                String[] c = claims.get(i);
                SlugClaims claimant = i % 2 == 0 ? first : second;
                assertEquals(single.claim(c[0], c[1], c[2]), claimant.claim(c[0], c[1], c[2]), String.join(" ", c));
            }
        }
    }

    private static Map<String, String> claimAll(String claimant, List<String> identities, CyclicBarrier together) {
        try (SlugClaims claims = SlugClaims.connect(broker.bootstrapServers(), claimant)) {
            together.await();
            Map<String, String> owned = new TreeMap<>();
            for (String identity : identities) {
                owned.put(identity, claims.claim("person", "ana-lopes", identity));
            }
            return owned;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
