package org.newsgraph.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;
import org.newsgraph.core.log.GraphFormat;
import org.newsgraph.core.log.GraphReplica;
import org.newsgraph.core.log.KafkaBroker;
import org.newsgraph.core.log.LogFixtures;
import org.newsgraph.core.log.Topics;

/**
 * Two extraction workers in one group over a real broker, read by a replica into a real TDB2 folder.
 * Extraction here is a small stage of the test's own ("Name [Qn]" is a person linked to Wikidata Qn),
 * so that the workers' race, not CoreNLP, is what is tested; the whole chain with CoreNLP is DistributedIT.
 */
class ExtractionWorkerTest {
    @TempDir
    static Path folder;
    static KafkaBroker broker;
    static List<ExtractionWorker> workers = new ArrayList<>();
    static Store store;
    static GraphReplica replica;

    static List<Thread> threads = new ArrayList<>();

    @BeforeAll
    static void start() {
        broker = KafkaBroker.start(folder.resolve("broker"));
        startWorkers();
        store = Store.open(folder.resolve("replica"), LogFixtures.BASE);
        replica = GraphReplica.start(broker.bootstrapServers(), store);
    }

    private static void startWorkers() {
        // The two write their graphs in the two formats: the replica takes both.
        for (String id : List.of("w1", "w2")) {
            ExtractionWorker worker = ExtractionWorker.create(broker.bootstrapServers(), id, LogFixtures.BASE,
                    () -> List.of(new LinkedPeople()), id.equals("w1") ? GraphFormat.NQUADS : GraphFormat.RDF_PATCH);
            workers.add(worker);
            Thread thread = new Thread(worker, "worker-" + id);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Stops the workers and starts them again under the same ids, with nothing of the old ones in memory. */
    private static void restartWorkers() throws InterruptedException {
        workers.forEach(ExtractionWorker::close);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        workers.clear();
        threads.clear();
        startWorkers();
    }

    @AfterAll
    static void stop() {
        workers.forEach(ExtractionWorker::close);
        replica.close();
        store.close();
        broker.close();
    }

    @Test
    void twoWorkersRacingOnTwoPeopleOfTheSameNameMintTwoIrisAgreeOnThemAndKeepThemAfterARestart() throws Exception {
        publishRace("race", 12);
        awaitTrue(() -> count(postsOf("race")) == 12);
        List<String> raced = anaLopes();
        assertEquals(2, raced.size(), raced::toString);
        assertEquals(2, raced.stream().map(r -> r.split(" ")[0]).distinct().count(), "one IRI each: " + raced);
        assertEquals(Set.of("http://www.wikidata.org/entity/Q101", "http://www.wikidata.org/entity/Q202"),
                Set.copyOf(raced.stream().map(r -> r.split(" ")[1]).toList()));
        assertEquals(Set.of(LogFixtures.BASE + "id/person/ana-lopes", LogFixtures.BASE + "id/person/ana-lopes-2"),
                Set.copyOf(raced.stream().map(r -> r.split(" ")[0]).toList()), "numbered as one process numbers them");

        // Workers that remember nothing but the topics mint the same IRIs for the same people.
        restartWorkers();
        publishRace("rerun", 6);
        awaitTrue(() -> count(postsOf("rerun")) == 6);
        assertEquals(raced, anaLopes(), "the same two IRIs, each still linked to its own person");
    }

    /** Stories {@code prefix-0}, ... of one post each, naming one of two people called Ana Lopes in turn. */
    private static void publishRace(String prefix, int stories) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            Story story = new Story(prefix + "-" + i, "Race " + i, Optional.empty());
            String who = i % 2 == 0 ? "Ana Lopes [Q101]" : "Ana Lopes [Q202]";
            posts.add(LogFixtures.post(story, 1, i, "Talks, day " + i, who + " spoke to reporters."));
        }
        try (PostPublisher publisher = PostPublisher.connect(broker.bootstrapServers())) {
            publisher.publish(posts);
        }
    }

    private static String postsOf(String prefix) {
        return "SELECT ?post { ?post a <https://w3id.org/newsgraph/ontology#Post> ; <https://w3id.org/newsgraph/ontology#inStory> ?s ."
                + " FILTER(STRSTARTS(STR(?s), \"" + LogFixtures.BASE + "id/story/" + prefix + "-\")) }";
    }

    /** "IRI link" of each person labelled Ana Lopes, sorted. */
    private static List<String> anaLopes() {
        String people = """
                SELECT DISTINCT ?person ?link { ?person a <https://w3id.org/newsgraph/ontology#Person> ;
                    <http://www.w3.org/2000/01/rdf-schema#label> "Ana Lopes" ; <http://www.w3.org/2002/07/owl#sameAs> ?link }
                ORDER BY ?person ?link""";
        return store.read(dsg -> {
            List<String> found = new ArrayList<>();
            QueryExec.dataset(dsg).query(people).select().forEachRemaining(r -> found.add(r.get("person").getURI() + " " + r.get("link").getURI()));
            return found;
        });
    }

    @Test
    void anEditedPostsLaterVersionWinsEvenWhenItsFirstVersionArrivesLate() {
        Story story = new Story("late-edit", "Late edit", Optional.empty());
        Post first = LogFixtures.post(story, 1, 30, "Ferry strike called", "The union called a strike.");
        Post edited = LogFixtures.post(story, 1, 30, "Ferry strike called off", "The union called the strike off.");
        Post marker = LogFixtures.post(story, 2, 10, "Earlier note", "Crews met at dawn.");
        Instant readAt = Instant.parse("2026-03-03T12:00:00Z");
        try (PostPublisher publisher = PostPublisher.connect(broker.bootstrapServers())) {
            publisher.publish(List.of(edited), readAt.plusSeconds(60));
            publisher.publish(List.of(first), readAt);
            publisher.publish(List.of(marker), readAt.plusSeconds(120));
        }
        String headline = "SELECT ?h { <" + LogFixtures.BASE + "id/post/late-edit/" + first.id() + "> <https://w3id.org/newsgraph/ontology#headline> ?h }";
        awaitTrue(() -> count("SELECT ?p { ?p <https://w3id.org/newsgraph/ontology#inStory> <" + LogFixtures.BASE + "id/story/late-edit> }") == 2);
        String held = store.read(dsg -> QueryExec.dataset(dsg).query(headline).select().next().get("h").getLiteralLexicalForm());
        assertEquals("Ferry strike called off", held);
    }

    @Test
    void aGarbledPostGoesToTheDeadLettersAndTheWorkersGoOn() {
        try (KafkaProducer<String, byte[]> producer = LogFixtures.producer(broker.bootstrapServers())) {
            producer.send(new ProducerRecord<>(Topics.POSTS, "garbled", "{\"story\": ".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(Topics.POSTS, "no-time", "{\"story\": {\"slug\": \"no-time\", \"title\": \"x\"}, \"id\": \"1\"}".getBytes(StandardCharsets.UTF_8)));
        }
        Story story = new Story("after-garble", "After", Optional.empty());
        try (PostPublisher publisher = PostPublisher.connect(broker.bootstrapServers())) {
            publisher.publish(List.of(LogFixtures.post(story, 1, 40, "Still working", "Nothing stopped.")));
        }
        awaitTrue(() -> count("SELECT ?p { ?p <https://w3id.org/newsgraph/ontology#inStory> <" + LogFixtures.BASE + "id/story/after-garble> }") == 1);
        awaitTrue(() -> workers.stream().mapToLong(ExtractionWorker::deadLetters).sum() >= 2);
        List<ConsumerRecord<String, byte[]>> dead = LogFixtures.readAll(broker.bootstrapServers(), Topics.DEAD_LETTERS).stream()
                .filter(r -> Topics.POSTS.equals(LogFixtures.header(r, "source-topic"))).toList();
        assertEquals(Set.of("garbled", "no-time"), Set.copyOf(dead.stream().map(ConsumerRecord::key).toList()));
        assertTrue(dead.stream().allMatch(r -> LogFixtures.header(r, "reason").length() > 10
                && LogFixtures.header(r, "source-offset") != null), "each says why and where from");
    }

    private static long count(String select) {
        return store.read(dsg -> QueryExec.dataset(dsg).query(select).select().stream().count());
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 90 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** "Name [Qn]" in a post's body is a person linked to Wikidata's Qn. */
    private static final class LinkedPeople implements Extractor {
        private static final Pattern LINKED = Pattern.compile("(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+) \\[(Q\\d+)]");

        @Override
        public String name() {
            return "linked people";
        }

        @Override
        public Set<Capability> requires() {
            return Set.of(Capability.POSTS);
        }

        @Override
        public Set<Capability> provides() {
            return Set.of(Capability.ENTITIES);
        }

        @Override
        public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) {
            return story.withPosts(story.posts().stream().map(p -> {
                List<Entity> people = new ArrayList<>();
                Matcher m = LINKED.matcher(p.post().body());
                while (m.find()) {
                    people.add(new Person(m.group(1), Set.of(), List.of(), Optional.of("http://www.wikidata.org/entity/" + m.group(2))));
                }
                return new PostFacts(p.post(), people, p.events());
            }).toList());
        }
    }
}
