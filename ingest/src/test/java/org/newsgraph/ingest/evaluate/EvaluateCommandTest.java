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

    /** A corpus folder: the harbour page as a.txt with its gold, and again as b.txt with three attacks no one finds. */
    private Path corpus() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Path page = Path.of(resource("harbour-talks.txt"));
        String gold = Files.readString(Path.of(resource("harbour-gold.json")));
        Files.copy(page, folder.resolve("a.txt"));
        Files.writeString(folder.resolve("a.gold.json"), gold);
        Files.copy(page, folder.resolve("b.txt"));
        String attacks = """
                  "events": [
                    {"id": "T1", "type": "Attack", "posts": [1], "args": {"attacker": ["Portugal"], "target": ["Port Alder"]}},
                    {"id": "T2", "type": "Attack", "posts": [1], "args": {"attacker": ["Cape Verde"], "target": ["Port Alder"]}},
                    {"id": "T3", "type": "Attack", "posts": [1], "args": {"attacker": ["Harbour Trust"], "target": ["Port Alder"]}},
                """;
        Files.writeString(folder.resolve("b.gold.json"), gold.replace("  \"events\": [\n", attacks));
        return folder;
    }

    @Test
    void severalPagesPrintALineEachAndTheMicroFiguresOverAll() throws Exception {
        List<Path> before = temporaryStores();

        Run run = run("--corpus", corpus().toString(), "--year", "2031");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).matches("a\\.txt +3 +2 +2 +1\\.0000 +0\\.6667 +0\\.8000 +1\\.0000 +1\\.0000"),
                run.out());
        assertTrue(lines.get(2).matches("b\\.txt +6 +2 +2 +1\\.0000 +0\\.3333 +0\\.5000 +1\\.0000 +1\\.0000"),
                run.out());
        assertTrue(run.out().contains("micro over 2 pages:\n"), run.out());
        assertTrue(run.out().contains("\nAttack           3     0       0    0.0000  0.0000  0.0000\n"), run.out());
        assertTrue(run.out().contains("\nentities        10    10      10    1.0000  1.0000  1.0000\n"), run.out());
        // Micro: 4 of 9 found, all right: F1 0.6154, not the mean of the pages' 0.8 and 0.5.
        assertEquals("extraction F1 0.6154", lines.get(lines.size() - 1));
        assertEquals(before, temporaryStores(), "each page's temporary store is deleted");
    }

    @Test
    void pagePairsAndTheGoldFormMixAndExplain() throws Exception {
        Path folder = corpus();
        String page = resource("harbour-talks.txt");

        Run run = run("--explain", "--year", "2031", "--gold", resource("harbour-gold.json"), page,
                "--page", folder.resolve("b.gold.json") + "=" + folder.resolve("b.txt"));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("== Statement: 2 missed, 0 spurious, 0 duplicate ==\n"
                + "MISSED S1 (harbour-talks.txt, posts 1) [speaker: Ana Lopes | quote: The ports of Cape Verde will"
                + " be rebuilt by the spring]\n"), run.out());
        assertTrue(run.out().contains("\nMISSED S1 (b.txt, posts 1) "), run.out());
        assertTrue(run.out().contains("== Attack: 3 missed, 0 spurious, 0 duplicate ==\nMISSED T1 (b.txt, posts 1)"
                + " [attacker: Portugal | target: Port Alder]\n"), run.out());
        assertTrue(run.out().contains("\nharbour-talks.txt  "), "the --gold page is named by its file");
        assertTrue(run.out().contains("\nb.txt  "), run.out());
        assertTrue(run.out().endsWith("extraction F1 0.6154\n"), run.out());

        Run json = run("--json", "--explain", "--year", "2031", "--corpus", folder.toString());
        assertEquals(0, json.exit(), json.err());
        JsonObject doc = JSON.parse(json.out());
        assertEquals(2, doc.get("pages").getAsArray().size());
        assertEquals(0.6154, doc.getObj("micro").getNumber("extraction_f1").doubleValue());
        JsonObject b = doc.get("pages").getAsArray().get(1).getAsObject();
        assertEquals("b.txt", b.getString("page"));
        assertEquals(4, b.get("findings").getAsArray().size(), "three attacks and the statement");
    }

    @Test
    void aCorpusOrPageThatDoesNotPairIsAUsageError() throws Exception {
        Path folder = corpus();
        Files.delete(folder.resolve("b.gold.json"));
        Run unpaired = run("--corpus", folder.toString(), "--year", "2031");
        assertEquals(2, unpaired.exit());
        assertTrue(unpaired.err().contains("b.txt: no gold beside it (expected b.gold.json)"), unpaired.err());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run nothing = run("--corpus", empty.toString());
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("no NAME.txt with a NAME.gold.json"), nothing.err());

        Run noEquals = run("--page", resource("harbour-gold.json"));
        assertEquals(2, noEquals.exit(), noEquals.err());
        Run fileAlone = run(resource("harbour-talks.txt"));
        assertEquals(2, fileAlone.exit());
        assertTrue(fileAlone.err().contains("FILE goes with --gold"), fileAlone.err());
        Run none = run("--explain");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("nothing to evaluate"), none.err());
    }

    private static List<Path> temporaryStores() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            // Only this process's: other builds on the machine may be evaluating at the same time.
            String ours = "newsgraph-evaluate-" + ProcessHandle.current().pid() + "-";
            return files.filter(p -> p.getFileName().toString().startsWith(ours)).sorted().toList();
        }
    }
}
