package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.entity.Role;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.cli.EvaluateCommand;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;
import picocli.CommandLine;

/** {@code newsgraph evaluate} run as a user would, with a stand-in extraction stage. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    /** Finds in every post what the harbour page says, as a perfect extractor of entities would. */
    static final class HarbourFacts implements Extractor {
        private static final Country PORTUGAL = new Country("Portugal");
        private static final Country CAPE_VERDE = new Country("Cape Verde");
        private static final Place PORT_ALDER = new Place("Port Alder");
        private static final Person LOPES = new Person("Ana Lopes", Set.of("Lopes"),
                List.of(new Role("Finance Minister", PORTUGAL)), Optional.empty());

        @Override
        public String name() {
            return "harbour-facts";
        }

        @Override
        public Set<Capability> requires() {
            return Set.of();
        }

        @Override
        public Set<Capability> provides() {
            return Set.of(Capability.ENTITIES, Capability.ROLES, Capability.EVENTS);
        }

        @Override
        public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) {
            return story.withPosts(story.posts().stream().map(HarbourFacts::facts).toList());
        }

        private static PostFacts facts(PostFacts post) {
            String body = post.post().body();
            Grounding grounding = new Grounding(List.of(Mention.of(body, 0, body.indexOf('.') + 1)), 0.9,
                    Optional.empty(), Optional.of(PORT_ALDER));
            Event event = body.contains("€2bn")
                    ? new Pledge("pledge-portugal", List.<Agent>of(PORTUGAL), List.<Agent>of(CAPE_VERDE),
                            List.of(new MonetaryAmount(new BigDecimal("2000000000"), "EUR")), Optional.empty(),
                            Optional.empty(), grounding)
                    : new Meeting("meeting-quay", List.of(LOPES, CAPE_VERDE), List.of(), grounding);
            return new PostFacts(post.post(), List.of(PORTUGAL, CAPE_VERDE, PORT_ALDER, LOPES,
                    new Organisation("Harbour Trust")), List.of(event));
        }
    }

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand(() -> List.of(new HarbourFacts())));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String resource(String name) throws Exception {
        return ExtractionScorerTest.resource(name).toString();
    }

    @Test
    void scoresThePagesAndEndsWithTheMicroF1() throws Exception {
        List<Path> before = temporaryStores();

        Run run = run("--gold", resource("harbour-gold.json"), "--year", "2031", resource("harbour-talks.txt"));

        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                category      gold  pred matched precision  recall      F1
                Meeting          1     1       1    1.0000  1.0000  1.0000
                Pledge           1     1       1    1.0000  1.0000  1.0000
                Accusation       0     0       0    1.0000  1.0000  1.0000
                Statement        1     0       0    0.0000  0.0000  0.0000
                Visit            0     0       0    1.0000  1.0000  1.0000
                Attack           0     0       0    1.0000  1.0000  1.0000
                entities         5     5       5    1.0000  1.0000  1.0000
                roles            1     1       1    1.0000  1.0000  1.0000
                events(all)      3     2       2    1.0000  0.6667  0.8000
                extraction F1 0.8000
                """, run.out());
        assertEquals(before, temporaryStores(), "the temporary store is deleted");
    }

    @Test
    void printsJsonOnRequest() throws Exception {
        Run run = run("--gold", resource("harbour-gold.json"), "--year", "2031", "--json", "--ignore-duplicates",
                resource("harbour-talks.txt"));

        assertEquals(0, run.exit(), run.err());
        JsonObject json = JSON.parse(run.out());
        assertEquals(0.8, json.getNumber("extraction_f1").doubleValue());
        assertEquals(5, json.getObj("scores").getObj("entities").getNumber("matched").intValue());
    }

    @Test
    void unreadableInputIsAUsageError() throws Exception {
        String page = resource("harbour-talks.txt");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Path notJson = Files.writeString(dir.resolve("gold.json"), "{\"entities\": [");

        Run missing = run("--gold", dir.resolve("missing.json").toString(), page);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("missing.json: cannot be read"), missing.err());
        Run badGold = run("--gold", notJson.toString(), page);
        assertEquals(2, badGold.exit());
        assertTrue(badGold.err().contains("gold.json: not a JSON object"), badGold.err());
        assertEquals(2, run("--gold", resource("harbour-gold.json"), latin1.toString()).exit());
        assertEquals(2, run("--gold", resource("harbour-gold.json"), "--year", "31", page).exit());
        assertEquals(2, run("--gold", resource("harbour-gold.json")).exit(), "no page");
        Run noYear = run("--gold", resource("harbour-gold.json"), page);
        assertEquals(2, noYear.exit(), "the page prints no year and none was given");
        assertTrue(noYear.err().contains("--year"), noYear.err());
    }

    private static List<Path> temporaryStores() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("newsgraph-evaluate")).sorted().toList();
        }
    }
}
