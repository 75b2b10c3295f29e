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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;

/**
 * The live pages newsgraph follows, as the benchmark plays them: while the clients run, one
 * post graph every {@code every} is written to the server with a Graph Store PUT, the same
 * posts in the same order to every server. Each write changes the store, so answers kept from
 * before it no longer hold.
 * <pre>
 *   try (LiveWriter writer = LiveWriter.start(posts, graphStore, Optional.of("Bearer ..."), Duration.ofSeconds(5))) {
 *       ... run the clients ...
 *   }   // writer.written(), writer.failures()
 * </pre>
 */
final class LiveWriter implements AutoCloseable {
    /** A post graph to write: its name and its triples as N-Triples. */
    record PostBody(String graph, byte[] ntriples) {}

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger written = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();

    private LiveWriter() {
    }

    /** {@code count} posts of a story generated from {@code seed}, other than the loaded data's. */
    static List<PostBody> posts(String base, long seed, int count) {
        IriMinter iris = new IriMinter(base, SlugRegistry.inMemory());
        List<PostBody> posts = new ArrayList<>();
        new SyntheticStories(seed).generate(1, count, facts -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, PostGraph.of(facts, iris), Lang.NTRIPLES);
            posts.add(new PostBody(iris.graph(facts.post()), out.toByteArray()));
        });
        return posts;
    }

    /** Starts writing {@code posts} in turn to the Graph Store at {@code graphStore}, one every {@code every}. */
    static LiveWriter start(List<PostBody> posts, URI graphStore, Optional<String> authorization, Duration every) {
        LiveWriter writer = new LiveWriter();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        writer.timer.scheduleAtFixedRate(() -> {
            PostBody post = posts.get(next.getAndIncrement() % posts.size());
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(graphStore + "?graph="
                            + URLEncoder.encode(post.graph(), StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(1)).header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(post.ntriples()));
            authorization.ifPresent(a -> put.header("Authorization", a));
            try {
                HttpResponse<String> response = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    writer.written.incrementAndGet();
                } else {
                    writer.failed(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                writer.failed(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return writer;
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

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
