package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import picocli.CommandLine;

/**
 * Two stories on two pages that share a minister and report the same pledge: the minister is one
 * IRI in both, and the pledge one event mentioned in posts of both, with its first and last
 * sighting across them.
 */
class CrossStoryTest {
    private static final String NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir
    Path dir;

    @Test
    void entitiesAndEventsResolveAcrossStories() {
        StringWriter err = new StringWriter();
        CommandLine cli = NewsgraphCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        Path store = dir.resolve("tdb2");
        assertEquals(0, cli.execute("ingest", "--store", store.toString(),
                "samples/north-atlantic-fisheries-talks.txt", "samples/nordic-ocean-fund-debate.txt"), err.toString());

        try (Store s = Store.open(store, IriMinter.DEFAULT_BASE)) {
            assertEquals(List.of("1 person in 2 stories"), rows(s, NG + """
                    SELECT (CONCAT(STR(COUNT(DISTINCT ?p)), " person in ", STR(COUNT(DISTINCT ?story)), " stories") AS ?r)
                    { ?p a ng:Person ; rdfs:label "Eirik Halldorsson" ; ng:mentionedIn/ng:inStory ?story }"""));
            assertEquals(List.of("1 pledge in 2 stories, 2026-03-03T15:40:00Z .. 2026-03-05T15:40:00Z"), rows(s, NG + """
                    SELECT (CONCAT(STR(COUNT(DISTINCT ?e)), " pledge in ", STR(COUNT(DISTINCT ?story)), " stories, ",
                                   STR(MIN(?at)), " .. ", STR(MAX(?at))) AS ?r)
                    { ?e a ng:Pledge ; ng:pledger ?norway ; ng:mentionedIn ?post . ?norway rdfs:label "Norway" .
                      ?e ng:amount/ng:currency "NOK" .
                      ?post ng:inStory ?story ; ng:publishedAt ?at }"""));
        }
    }

    private static List<String> rows(Store store, String query) {
        return store.read(dsg -> {
            List<String> rows = new ArrayList<>();
            QueryExec.dataset(dsg).query(query).select().forEachRemaining(b -> rows.add(b.get("r").getLiteralLexicalForm()));
            return rows;
        });
    }
}
