package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Client threads that send the query mix to one endpoint, each query after the answer to the
 * previous one, for a warm-up and then a measured time. Thread {@code i} draws its queries from
 * {@code new Random(seed + i)}, so every server is sent the same texts in the same order.
 * Only queries both sent and answered within the measured time count; a query the server stopped
 * at its timeout (503), or the client gave up on, counts as timed out, not as answered.
 */
final class MixClients {
    private final QueryMix mix;
    private final long seed;
    private final int threads;

    MixClients(QueryMix mix, long seed, int threads) {
        this.mix = mix;
        this.seed = seed;
        this.threads = threads;
    }

    Tally run(Endpoint endpoint, Duration warmup, Duration measured) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Tally>> clients = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Random random = new Random(seed + i);
                clients.add(pool.submit(() -> client(endpoint, random, measureFrom, measureTo)));
            }
            Tally all = new Tally();
            for (Future<Tally> client : clients) {
                all.addAll(client.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new BenchmarkFailed("a client of " + endpoint.name() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Tally client(Endpoint endpoint, Random random, long measureFrom, long measureTo) throws InterruptedException {
        Tally tally = new Tally();
        for (long sent = System.nanoTime(); sent < measureTo; sent = System.nanoTime()) {
            QueryMix.BenchQuery query = mix.next(random);
            String failure = null;
            boolean timedOut = false;
            try {
                HttpResponse<byte[]> response = endpoint.send(query.text());
                timedOut = Endpoint.timedOut(response);
                if (response.statusCode() != 200 && !timedOut) {
                    String body = new String(response.body(), StandardCharsets.UTF_8).strip();
                    failure = response.statusCode() + " " + body.substring(0, Math.min(body.length(), 300));
                }
            } catch (HttpTimeoutException e) {
                timedOut = true;
            } catch (IOException e) {
                failure = e.toString();
            }
            long answered = System.nanoTime();
            if (sent >= measureFrom && answered <= measureTo) {
                if (timedOut) {
                    tally.timedOut(query.kind());
                } else if (failure == null) {
                    tally.answered(query.kind(), answered - sent);
                } else {
                    tally.failed(query.kind(), failure);
                }
            }
        }
        return tally;
    }
}
