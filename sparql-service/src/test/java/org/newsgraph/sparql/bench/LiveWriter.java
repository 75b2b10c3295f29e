package org.newsgraph.sparql.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;

/**
 * The live pages newsgraph follows, as the benchmark plays them: while the clients run, one
 * post graph every {@code every} is written to the server with a Graph Store PUT, the same
 * posts in the same order to every server. Each write changes the store, so answers kept from
 * before it no longer hold. The posts belong to new stories with the loaded data's cast; closed,
 * the writer deletes the graphs it wrote, so that the next server measured on the same folder
 * starts from the same data.
 * <pre>
 *   try (LiveWriter writer = LiveWriter.start(posts, new Target(graphStore, Optional.of("Bearer ...")), Duration.ofSeconds(5))) {
 *       ... run the clients ...
 *   }   // writer.written(), writer.failures()
 * </pre>
 */
final class LiveWriter implements AutoCloseable {
    /** A post graph to write: its name and its triples as N-Triples. */
    record PostBody(String graph, byte[] ntriples) {}

    /** A server's Graph Store, and the Authorization header its writes need, if any. */
    record Target(URI graphStore, Optional<String> authorization) {}

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger written = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI graphStore;
    private final Optional<String> authorization;
    private final Set<String> graphs = ConcurrentHashMap.newKeySet();

    private LiveWriter(URI graphStore, Optional<String> authorization) {
        this.graphStore = graphStore;
        this.authorization = authorization;
    }

    /** {@code count} posts of the stories that follow the loaded corpus's: the same people, in new stories. */
    static List<PostBody> posts(String base, Corpus corpus, int count) {
        IriMinter iris = new IriMinter(base, SlugRegistry.inMemory());
        List<PostBody> posts = new ArrayList<>();
        int[] seen = {0};
        corpus.generate((count + corpus.postsPerStory() - 1) / corpus.postsPerStory(), facts -> {
            if (seen[0]++ >= corpus.posts() && posts.size() < count) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, PostGraph.of(facts, iris), Lang.NTRIPLES);
                posts.add(new PostBody(iris.graph(facts.post()), out.toByteArray()));
            }
        });
        return posts;
    }

    /** Starts writing {@code posts} in turn to the Graph Store at {@code graphStore}, one every {@code every}. */
    static LiveWriter start(List<PostBody> posts, Target target, Duration every) {
        LiveWriter writer = new LiveWriter(target.graphStore(), target.authorization());
        AtomicInteger next = new AtomicInteger();
        writer.timer.scheduleAtFixedRate(() -> {
            PostBody post = posts.get(next.getAndIncrement() % posts.size());
            writer.graphs.add(post.graph());
            if (writer.send(post.graph(), HttpRequest.newBuilder().header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(post.ntriples())))) {
                writer.written.incrementAndGet();
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return writer;
    }

    /** Sends one Graph Store request about {@code graph}; whether it succeeded (else it is among the failures). */
    private boolean send(String graph, HttpRequest.Builder request) {
        request.uri(URI.create(graphStore + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(1));
        authorization.ifPresent(a -> request.header("Authorization", a));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            failed(response.statusCode() + " " + response.body());
        } catch (IOException e) {
            failed(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private synchronized void failed(String why) {
        failures.add(why);
    }

    /** The posts written so far. */
    int written() {
        return written.get();
    }

    /** Why writes failed, if any did. */
    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** Stops writing and deletes the graphs written. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(1, TimeUnit.MINUTES);
        graphs.forEach(graph -> send(graph, HttpRequest.newBuilder().DELETE()));
    }
}
