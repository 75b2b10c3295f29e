package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.StoredQuads;

/**
 * The CLI's remote writer ({@code newsgraph ingest --endpoint}) against newsgraph's own packaged
 * service, both run as their users run them: the service from {@code run-service.sh}, the CLI as
 * {@code java -jar ingest/target/newsgraph.jar}. The service ends up holding exactly the quads a
 * local ingest of the same page writes; a second run finds every post unchanged; a new post
 * sent with a wrong token is refused and nothing of it stored. The service may not depend on ingest, so the CLI is a child process, built by the
 * ingest module before this one; without it the test is skipped, saying so.
 */
class RemoteIngestIT {
    private static final Path CLI = Path.of("../ingest/target/newsgraph.jar");
    private static final String TOKEN = "remote-ingest-token";
    /** Two posts of a live page in the plain-text format, newest first. */
    private static final String PAGE = """
              2. Ferry resumes after the galepublished at 11:20 British Summer Time 4 June
                published at 10:20 4 June

                The morning ferry left the quay on time again.

              1. Gale closes the quaypublished at 08:05 British Summer Time 4 June
                published at 07:05 4 June

                Harbour staff tied down the cranes before noon.
            """;
    /** The page again, with a third post on top. */
    private static final String PAGE_LATER = """
              3. Quay reopens to visitorspublished at 15:40 British Summer Time 4 June
                published at 14:40 4 June

                Visitors walked the quay again by mid-afternoon.
            """ + PAGE;

    @TempDir
    Path dir;

    @Test
    void theServiceHoldsWhatALocalIngestWrites() throws Exception {
        assumeTrue(Files.isRegularFile(CLI), "the CLI is not built (" + CLI.toAbsolutePath()
                + "): run mvn -B -pl ingest -am package -DskipTests first, or the whole build, which builds ingest before the service");
        Path page = Files.writeString(dir.resolve("harbour.txt"), PAGE, StandardCharsets.UTF_8);
        try (PackagedService service = PackagedService.start(dir, Map.of("NEWSGRAPH_WRITE_TOKEN", TOKEN))) {
            String endpoint = service.url().resolve("data").toString();
            Run first = cli("ingest", "--no-extract", "--year", "2024", "--endpoint", endpoint, "--token", TOKEN, page.toString());
            assertEquals(0, first.exit(), first.err());
            assertTrue(first.out().contains("2 written"), first.out());
            Run again = cli("ingest", "--no-extract", "--year", "2024", "--endpoint", endpoint, "--token", TOKEN, page.toString());
            assertTrue(again.out().contains("0 written, 2 unchanged"), again.out() + again.err());
            Path later = Files.writeString(dir.resolve("harbour-later.txt"), PAGE_LATER, StandardCharsets.UTF_8);
            Run wrongToken = cli("ingest", "--no-extract", "--year", "2024", "--endpoint", endpoint, "--token", "not-it", later.toString());
            assertTrue(wrongToken.exit() != 0 && wrongToken.err().contains("--token"), wrongToken.exit() + ": " + wrongToken.out() + wrongToken.err());

            Path local = dir.resolve("local");
            Run stored = cli("ingest", "--no-extract", "--year", "2024", "--store", local.toString(), page.toString());
            assertEquals(0, stored.exit(), stored.err());
            Set<Quad> served = servedQuads(service);
            assertFalse(served.isEmpty(), "the service holds the posts' graphs");
            assertEquals(StoredQuads.inFolder(local, IriMinter.DEFAULT_BASE), served);
        }
    }

    /** Every quad of the service's named graphs, as its SPARQL endpoint answers them. */
    private static Set<Quad> servedQuads(PackagedService service) {
        Set<Quad> quads = new HashSet<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(service.url().resolve("sparql").toString())
                .query("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }").build()) {
            exec.select().forEachRemaining(row -> quads.add(Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o"))));
        }
        return quads;
    }

    private record Run(int exit, String out, String err) {}

    /** {@code java -jar newsgraph.jar ARGS}, its exit status and what it printed. */
    private Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", CLI.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "cli", ".out");
        Path err = Files.createTempFile(dir, "cli", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the CLI ends: " + command);
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
