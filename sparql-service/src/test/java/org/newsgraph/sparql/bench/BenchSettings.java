package org.newsgraph.sparql.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The benchmark's options, from system properties ({@code -Dposts=20000}; {@code mvn -Pbench-sparql}
 * passes them on).
 *
 * @param posts       posts to generate (20,000)
 * @param stories     stories they make up (posts / 20)
 * @param seed        of the generator and of the clients' draws (42)
 * @param warmup      clients' warm-up before measuring, per server (10 s)
 * @param measured    measured time per server (60 s)
 * @param concurrency client threads (4)
 * @param heap        -Xmx of each server (2g)
 * @param serviceJar  newsgraph's service, built by {@code mvn package}
 * @param report      where the Markdown table goes
 * @param writeEvery  while the clients run, one new post is written to each server this often
 *                    (live pages being followed); zero for none (0 s)
 */
record BenchSettings(int posts, int stories, long seed, Duration warmup, Duration measured, int concurrency,
                     String heap, Path serviceJar, Path report, Duration writeEvery) {
    BenchSettings {
        if (posts < 1 || stories < 1 || posts % stories != 0) {
            throw new BenchmarkFailed("-Dposts=" + posts + " must be a positive multiple of -Dstories=" + stories);
        }
    }

    static BenchSettings fromSystemProperties() {
        int posts = Integer.getInteger("posts", 20_000);
        String stories = System.getProperty("stories", "");
        return new BenchSettings(posts, stories.isBlank() ? Math.max(1, posts / 20) : Integer.parseInt(stories.strip()),
                Long.getLong("seed", 42), Duration.ofSeconds(Long.getLong("warmup", 10)),
                Duration.ofSeconds(Long.getLong("seconds", 60)), Integer.getInteger("concurrency", 4),
                System.getProperty("heap", "2g"),
                Path.of(System.getProperty("serviceJar", "target/quarkus-app/quarkus-run.jar")),
                Path.of(System.getProperty("report", "target/bench-sparql.md")),
                Duration.ofMillis((long) (Double.parseDouble(System.getProperty("writeEvery", "0").strip()) * 1000)));
    }

    /** Whether posts are written while the clients run. */
    boolean writes() {
        return !writeEvery.isZero();
    }

    int postsPerStory() {
        return posts / stories;
    }
}
