package org.newsgraph.sparql.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.bench.SyntheticStories;

/**
 * The benchmark's options, from system properties ({@code -Dposts=20000}; {@code mvn -Pbench-sparql}
 * passes them on).
 *
 * @param posts        posts to generate (20,000)
 * @param stories      stories they make up (posts / 20)
 * @param cast         people they are about: posts / 50, at least the generator's base cast of 400,
 *                     so that 20,000 posts are the data they always were and larger sizes do not
 *                     repeat the same few hundred people and parameter texts
 * @param seed         of the generator and of the clients' draws (42)
 * @param warmup       clients' warm-up before measuring, per server (10 s)
 * @param measured     measured time per server (60 s)
 * @param concurrency  client threads (4)
 * @param heap         -Xmx of each Java server; Virtuoso's buffers get as many gigabytes (2g)
 * @param queryTimeout each server stops (and the clients give up on) a query after this long (300 s)
 * @param servers      the servers measured, one after the other, in this order
 * @param store        a folder to keep the loaded copies in, to measure again without loading; empty: a temporary one
 * @param virtuoso     the script that installs, loads, serves and stops Virtuoso
 * @param serviceJar   newsgraph's service, built by {@code mvn package}
 * @param report       where the Markdown tables go; the scale curve goes beside it
 * @param writeEvery   when not zero, the servers that take writes are measured again while one new
 *                     post is written to them this often (live pages being followed) (0 s)
 * @param memoryTriples newsgraph's {@code newsgraph.memory-layer-triples}; empty: the service's default
 */
record BenchSettings(int posts, int stories, int cast, long seed, Duration warmup, Duration measured, int concurrency,
                     String heap, Duration queryTimeout, List<BenchServer> servers, Optional<Path> store, Path virtuoso,
                     Path serviceJar, Path report, Duration writeEvery, Optional<String> memoryTriples) {
    BenchSettings {
        if (posts < 1 || stories < 1 || posts % stories != 0) {
            throw new BenchmarkFailed("-Dposts=" + posts + " must be a positive multiple of -Dstories=" + stories);
        }
        if (servers.isEmpty()) {
            throw new BenchmarkFailed("-Dservers= names no server; say some of " + BenchServer.names());
        }
    }

    static BenchSettings fromSystemProperties() {
        int posts = Integer.getInteger("posts", 20_000);
        String stories = property("stories").orElse("");
        String cast = property("cast").orElse("");
        return new BenchSettings(posts, stories.isBlank() ? Math.max(1, posts / 20) : Integer.parseInt(stories),
                cast.isBlank() ? Math.max(SyntheticStories.BASE_CAST, posts / 50) : Integer.parseInt(cast),
                Long.getLong("seed", 42), Duration.ofSeconds(Long.getLong("warmup", 10)),
                Duration.ofSeconds(Long.getLong("seconds", 60)), Integer.getInteger("concurrency", 4),
                property("heap").orElse("2g"), Duration.ofMillis(seconds(property("queryTimeout").orElse("300"))),
                servers(property("servers").orElse(BenchServer.DEFAULT)),
                property("store").map(Path::of),
                Path.of(property("virtuoso").orElse(System.getProperty("newsgraph.shared", "../shared") + "/bench/virtuoso.sh")),
                Path.of(property("serviceJar").orElse("target/quarkus-app/quarkus-run.jar")),
                Path.of(property("report").orElse("target/bench-sparql.md")),
                Duration.ofMillis(seconds(property("writeEvery").orElse("0"))), property("memoryTriples"));
    }

    /** Whether the servers that take writes are measured again with writes. */
    boolean writes() {
        return !writeEvery.isZero();
    }

    int postsPerStory() {
        return posts / stories;
    }

    /** The heap in whole gigabytes, at least one: Virtuoso's buffers are sized by it. */
    int heapGigabytes() {
        String h = heap.strip().toLowerCase();
        long n = Long.parseLong(h.replaceAll("[kmg]$", ""));
        long bytes = h.endsWith("g") ? n << 30 : h.endsWith("m") ? n << 20 : h.endsWith("k") ? n << 10 : n;
        return (int) Math.max(1, bytes >> 30);
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static long seconds(String value) {
        try {
            return (long) (Double.parseDouble(value) * 1000);
        } catch (NumberFormatException e) {
            throw new BenchmarkFailed("a number of seconds, not '" + value + "'");
        }
    }

    private static List<BenchServer> servers(String names) {
        List<BenchServer> servers = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                servers.add(BenchServer.named(name.strip()));
            }
        }
        return servers;
    }
}
