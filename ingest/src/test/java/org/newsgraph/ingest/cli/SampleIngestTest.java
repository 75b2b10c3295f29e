package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import picocli.CommandLine;

/** The sample page of each structured format, ingested with extraction as a user would. */
class SampleIngestTest {
    @TempDir
    Path dir;

    private static String name(Node story) {
        return story.getURI().replaceAll(".*/", "");
    }

    @Test
    void eachSampleStoryReportsAMeetingAPledgeAndAnAccusation() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        Path store = dir.resolve("tdb2");
        List<String> samples = List.of("arctic-shipping-talks.jsonld", "river-delta-flood-relief.html",
                "grain-corridor-talks.rss", "alpine-water-treaty.atom");
        String[] args = new String[samples.size() + 3];
        args[0] = "ingest";
        args[1] = "--store";
        args[2] = store.toString();
        for (int i = 0; i < samples.size(); i++) {
            args[i + 3] = Path.of("samples", samples.get(i)).toString();
        }

        assertEquals(0, cli.execute(args), err.toString());

        Map<String, String> kinds = new TreeMap<>();
        try (Store s = Store.open(store, IriMinter.DEFAULT_BASE)) {
            s.read(dsg -> {
                Map<String, Set<String>> byStory = new TreeMap<>();
                QueryExec.dataset(dsg).query("""
                        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                        SELECT ?story (COUNT(?p) AS ?posts) { ?p ng:inStory ?story } GROUP BY ?story""")
                        .select().forEachRemaining(b -> byStory.computeIfAbsent(name(b.get("story")), k -> new TreeSet<>())
                                .add(b.get("posts").getLiteralLexicalForm() + " posts:"));
                QueryExec.dataset(dsg).query("""
                        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                        SELECT DISTINCT ?story ?kind { ?e a ?type ; ng:mentionedIn/ng:inStory ?story .
                          VALUES (?type ?kind) { (ng:Meeting "meeting") (ng:Pledge "pledge") (ng:Accusation "accusation") } }""")
                        .select().forEachRemaining(b -> byStory.computeIfAbsent(name(b.get("story")), k -> new TreeSet<>())
                                .add(b.get("kind").getLiteralLexicalForm()));
                // "4 posts:" sorts before the kinds, which sort by name.
                byStory.forEach((story, words) -> kinds.put(story, String.join(" ", words)));
                return null;
            });
        }
        assertEquals(Map.of("alpine-water-treaty", "4 posts: accusation meeting pledge",
                "arctic-shipping-talks", "4 posts: accusation meeting pledge",
                "grain-corridor-talks", "4 posts: accusation meeting pledge",
                "river-delta-flood-relief", "4 posts: accusation meeting pledge"), kinds, out.toString());
    }
}
