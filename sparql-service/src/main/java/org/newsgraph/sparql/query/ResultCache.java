package org.newsgraph.sparql.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.metrics.QueryMetrics;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.QueryRequest;

/**
 * Answers already given, kept until the store changes. A key holds the store's generation
 * ({@link Store#generation()}), which every write that changes a graph moves on, so a kept
 * answer is exactly what the query would answer now; answers of older generations are never
 * found again and make room as new ones come. Analysts re-run dashboards and saved queries far
 * more often than the store changes between two ingests.
 * <pre>
 *   Optional&lt;ResultCache.Key&gt; key = cache.key(request, "text/csv; charset=utf-8", capped);
 *   key.flatMap(cache::get).orElseGet(() -&gt; ... run it, then cache.put(key, answer) ...);
 * </pre>
 * Pages of one ordered result ({@link PagedQuery}: ORDER BY with LIMIT and OFFSET) share one
 * evaluation: its first rows are kept as {@link OrderedRows}, and another page, or the same page
 * in another format, is cut from them.
 * <p>
 * Not kept: answers that stream (larger than newsgraph.result-buffer), and queries whose answer
 * differs from run to run (NOW, RAND, UUID, STRUUID, BNODE). newsgraph.result-cache-size (split
 * between answers and rows) 0 turns the cache off.
 */
@ApplicationScoped
class ResultCache {
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(");

    /**
     * What makes two requests the same question: the query text, its dataset, the format asked
     * for, whether rows are capped, and the store's generation.
     */
    record Key(long generation, String query, List<String> defaultGraphs, List<String> namedGraphs,
               String contentType, boolean capped) {}

    /** What makes two paged requests pages of one result: the ordered query, its dataset, the store's generation. */
    record RowsKey(long generation, String ordered, List<String> defaultGraphs, List<String> namedGraphs) {}

    private final Store store;
    private final QueryMetrics metrics;
    private final Optional<Cache<Key, Answer>> answers;
    private final Optional<Cache<RowsKey, OrderedRows>> rows;

    ResultCache(Store store, ServiceConfig config, QueryMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
        long size = config.resultCacheSize().asLongValue();
        this.answers = size == 0 ? Optional.empty() : Optional.of(Caffeine.newBuilder()
                .maximumWeight(size / 2)
                .<Key, Answer>weigher((key, answer) -> answer.body().length + 2 * key.query().length())
                .build());
        this.rows = size == 0 ? Optional.empty() : Optional.of(Caffeine.newBuilder()
                .maximumWeight(size / 2)
                .<RowsKey, OrderedRows>weigher((key, kept) -> kept.weight() + 2 * key.ordered().length())
                .build());
    }

    /** The key of a request at the store's present generation; empty when its answer is not to be kept. */
    Optional<Key> key(QueryRequest request, String contentType, boolean capped) {
        if (!keeps(request)) {
            return Optional.empty();
        }
        return Optional.of(new Key(store.generation(), request.query(), request.defaultGraphs(), request.namedGraphs(),
                contentType, capped));
    }

    /** The key of a paged request's rows at the store's present generation; empty when they are not to be kept. */
    Optional<RowsKey> rowsKey(QueryRequest request, PagedQuery page) {
        if (!keeps(request)) {
            return Optional.empty();
        }
        return Optional.of(new RowsKey(store.generation(), page.ordered(), request.defaultGraphs(), request.namedGraphs()));
    }

    private boolean keeps(QueryRequest request) {
        return answers.isPresent() && !VOLATILE.matcher(request.query()).find();
    }

    /** The kept answer to {@code key}, counted as a hit or a miss. */
    Optional<Answer> get(Key key) {
        Optional<Answer> kept = answers.map(cache -> cache.getIfPresent(key));
        metrics.cacheLookup("answers", kept.isPresent());
        return kept.map(Answer::asKept);
    }

    /** The kept rows of {@code page}'s result, if they hold the page; counted as a hit or a miss. */
    Optional<OrderedRows> rows(RowsKey key, PagedQuery page) {
        Optional<OrderedRows> kept = rows.map(cache -> cache.getIfPresent(key)).filter(r -> r.covers(page.offset(), page.limit()));
        metrics.cacheLookup("rows", kept.isPresent());
        return kept;
    }

    /** Keeps the first rows of an ordered result, unless the store has changed since the key was made. */
    void put(RowsKey key, OrderedRows kept) {
        if (key.generation() == store.generation()) {
            rows.ifPresent(cache -> cache.put(key, kept));
        }
    }

    /** Keeps a whole answer, unless the store has changed since the key was made. */
    void put(Key key, Answer answer) {
        if (key.generation() == store.generation()) {
            answers.ifPresent(cache -> cache.put(key, answer));
        }
    }
}
