package org.newsgraph.sparql.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ld.Expiring;

/**
 * The service's own metrics, published at {@code /q/metrics} in Prometheus' format:
 * <pre>
 *   newsgraph_queries_total{form="select"}              queries answered, by form
 *   newsgraph_query_seconds_bucket{form="select",le=..} their latency, a histogram
 *   newsgraph_query_timeouts_total{form="select"}       queries stopped by the timeout
 *   newsgraph_store_quads                               quads in the post graphs
 *   newsgraph_result_cache_total{among="answers",outcome="hit"}  answers found in the result cache (or "miss"; among "rows" kept for pages)
 *   newsgraph_memory_layer_triples                      triples of the union held in memory (0 when none)
 *   newsgraph_memory_layer_queries_total                queries answered from memory
 * </pre>
 * The query endpoint reports each query once it is answered or stopped:
 * <pre>
 *   long start = System.nanoTime();
 *   ... answer ...                      // then:
 *   metrics.answered("SELECT", Duration.ofNanos(System.nanoTime() - start));
 *   // or, on QueryCancelledException:
 *   metrics.timedOut("SELECT");
 * </pre>
 * The store size takes a scan of the store, so the gauge recounts at most once a minute.
 */
@ApplicationScoped
@Startup
public class QueryMetrics {
    /** Scrapes come every few seconds; a scan of a large store should not. */
    private static final Duration RECOUNT = Duration.ofMinutes(1);

    private final MeterRegistry registry;
    /** Held here because a gauge keeps only a weak reference to what it reads. */
    private final Expiring<Long> quads;

    QueryMetrics(MeterRegistry registry, Store store) {
        this.registry = registry;
        this.quads = new Expiring<>(RECOUNT, store::size);
        Gauge.builder("newsgraph.store.quads", quads, q -> q.get().doubleValue())
                .description("Quads in the store's post graphs (recounted at most once a minute)")
                .register(registry);
        Gauge.builder("newsgraph.memory.layer.triples", store, s -> s.inMemory().triples())
                .description("Triples of the union held in memory for default-graph queries (0 when none)")
                .register(registry);
        Gauge.builder("newsgraph.memory.layer.bytes", store, s -> s.inMemory().bytes())
                .description("Heap the union in memory takes: its dictionary of terms and its id arrays (0 when none)")
                .register(registry);
        FunctionCounter.builder("newsgraph.memory.layer.queries", store, s -> s.inMemory().queriesAnswered())
                .description("Queries answered from the union held in memory").register(registry);
    }

    /** Counts one answered query of {@code form} (SELECT, ASK, CONSTRUCT, DESCRIBE) and its latency. */
    public void answered(String form, Duration elapsed) {
        String tag = tag(form);
        Counter.builder("newsgraph.queries").description("SPARQL queries answered, by query form")
                .tag("form", tag).register(registry).increment();
        Timer.builder("newsgraph.query").description("Time from receiving a SPARQL query to its last result")
                .tag("form", tag).publishPercentileHistogram().register(registry).record(elapsed);
    }

    /** Counts one query of {@code form} stopped by the query timeout. */
    public void timedOut(String form) {
        Counter.builder("newsgraph.query.timeouts").description("SPARQL queries stopped by the query timeout")
                .tag("form", tag(form)).register(registry).increment();
    }

    /** Counts one look into the result cache: among whole {@code "answers"} or among ordered {@code "rows"} kept for pages. */
    public void cacheLookup(String among, boolean hit) {
        Counter.builder("newsgraph.result.cache").description("Looks into the result cache, by what was looked for and outcome")
                .tag("among", among).tag("outcome", hit ? "hit" : "miss").register(registry).increment();
    }

    private static String tag(String form) {
        return form.toLowerCase(Locale.ROOT);
    }
}
