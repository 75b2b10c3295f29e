package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.StoredQuads;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;
import picocli.CommandLine;

/**
 * {@code newsgraph ingest --endpoint} against a real Fuseki server (TDB2, union default graph):
 * the same graphs, under the same IRIs, as a local ingest of the same pages writes.
 */
class RemoteIngestTest {
    /** Two posts about two different people called Ana Lopes, told apart by their Wikidata links. */
    private static final String NAMESAKES = """
              2. The singer performspublished at 10:15 British Summer Time 2 June
                published at 09:15 2 June

                Ana Lopes, the singer, sang at the harbour.

              1. The minister speakspublished at 09:40 British Summer Time 2 June
                published at 08:40 2 June

                Ana Lopes, the minister, opened the harbour.
            """;
    /** The minister again, in a page of her own: the page's newest-first order made her ana-lopes-2. */
    private static final String MINISTER_AGAIN = """
              1. An encorepublished at 11:00 British Summer Time 3 June
                published at 10:00 3 June

                Ana Lopes, the minister, spoke again.
            """;

    @TempDir
    Path dir;
    private FusekiServer fuseki;
    private DatasetGraph remote;

    @BeforeEach
    void startFuseki() {
        remote = DatabaseMgr.createDatasetGraph();
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        fuseki = FusekiServer.create().port(0).add("/ds", remote).build().start();
    }

    @AfterEach
    void stopFuseki() {
        fuseki.stop();
    }

    @Test
    void theEndpointGetsTheGraphsALocalIngestWrites() throws IOException {
        Path first = page("namesakes.txt", NAMESAKES);
        Path second = page("encore.txt", MINISTER_AGAIN);
        Run run = ingest("--endpoint", endpoint(), first.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 written"), run.out());

        // A new run has a new registry: it reads who owns ana-lopes and ana-lopes-2 from the endpoint.
        Run again = ingest("--endpoint", endpoint(), first.toString());
        assertTrue(again.out().contains("0 written, 2 unchanged"), again.out());
        assertEquals(0, ingest("--endpoint", endpoint(), second.toString()).exit());
        // An in-memory registry alone would give her ana-lopes, the singer's IRI.
        assertEquals(mentionedIn("The minister speaks"), mentionedIn("An encore"), "the minister keeps her IRI");
        assertEquals(Set.of(IriMinter.DEFAULT_BASE + "id/person/ana-lopes", IriMinter.DEFAULT_BASE + "id/person/ana-lopes-2"),
                union(mentionedIn("The singer performs"), mentionedIn("The minister speaks")), "two people, two IRIs");

        Path local = dir.resolve("tdb2");
        assertEquals(0, ingest("--store", local.toString(), first.toString()).exit());
        assertEquals(0, ingest("--store", local.toString(), second.toString()).exit());
        assertEquals(StoredQuads.inFolder(local, IriMinter.DEFAULT_BASE), remoteQuads());
    }

    @Test
    void anUnreachableEndpointOrAWrongUrlIsAnErrorNamingIt() throws IOException {
        Path first = page("namesakes.txt", NAMESAKES);
        Run unreachable = cli("ingest", "--no-extract", "--year", "2024", "--endpoint", "http://localhost:1/ds/data", first.toString());
        assertEquals(NewsgraphCommand.UNREADABLE, unreachable.exit());
        assertTrue(unreachable.err().contains("cannot reach"), unreachable.err());
        Run notGraphStore = cli("ingest", "--no-extract", "--year", "2024", "--endpoint", fuseki.datasetURL("/ds"), first.toString());
        assertEquals(NewsgraphCommand.UNREADABLE, notGraphStore.exit());
        assertTrue(notGraphStore.err().contains("/data"), notGraphStore.err());
        Run both = cli("ingest", "--store", dir.resolve("x").toString(), "--endpoint", endpoint(), first.toString());
        assertEquals(NewsgraphCommand.UNREADABLE, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }

    private String endpoint() {
        return fuseki.datasetURL("/ds") + "/data";
    }

    /** Who the post with this headline mentions, at the endpoint. */
    private Set<String> mentionedIn(String headline) {
        return Txn.calculateRead(remote, () -> QueryExec.dataset(remote).query("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?who { ?who ng:mentionedIn ?post . ?post ng:headline ?headline }""")
                .substitution("headline", NodeFactory.createLiteralString(headline)).select().stream()
                .map(row -> row.get("who").getURI()).collect(Collectors.toSet()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private Set<Quad> remoteQuads() {
        return Txn.calculateRead(remote, () -> {
            Set<Quad> quads = new HashSet<>();
            remote.findNG(null, null, null, null).forEachRemaining(quads::add);
            return quads;
        });
    }

    private Path page(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    record Run(int exit, String out, String err) {}

    /** {@code newsgraph ingest --year 2024 ...} with the namesakes as its only extraction stage. */
    private static Run ingest(String... args) {
        CommandLine cli = new CommandLine(new IngestCommand(() -> List.of(new Namesakes())));
        String[] all = new String[args.length + 2];
        all[0] = "--year";
        all[1] = "2024";
        System.arraycopy(args, 0, all, 2, args.length);
        return execute(cli, all);
    }

    private static Run cli(String... args) {
        return execute(NewsgraphCommand.commandLine(), args);
    }

    private static Run execute(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Finds "Ana Lopes": the minister or the singer, by what the post says. */
    static final class Namesakes implements Extractor {
        @Override
        public String name() {
            return "namesakes";
        }

        @Override
        public Set<Capability> requires() {
            return Set.of();
        }

        @Override
        public Set<Capability> provides() {
            return Set.of(Capability.ENTITIES);
        }

        @Override
        public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) {
            return story.withPosts(story.posts().stream().map(post -> {
                String who = post.post().body().contains("singer") ? "Q2" : "Q1";
                Person ana = new Person("Ana Lopes", Set.of(), List.of(), Optional.of("http://www.wikidata.org/entity/" + who));
                return new PostFacts(post.post(), List.of(ana), List.of());
            }).toList());
        }
    }
}
