package org.newsgraph.sparql;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service's settings, under {@code newsgraph.}: in {@code application.properties}, as
 * system properties or as environment variables ({@code NEWSGRAPH_STORE}).
 * <pre>
 *   java -Dnewsgraph.store=/srv/newsgraph/tdb2 -Dnewsgraph.query-timeout=10s -jar quarkus-run.jar
 *   NEWSGRAPH_WRITE_TOKEN=s3cret java -jar quarkus-run.jar    # writes with Authorization: Bearer s3cret
 * </pre>
 */
@ConfigMapping(prefix = "newsgraph")
public interface ServiceConfig {

    /** The TDB2 folder of the store; created when missing. */
    @WithDefault("data/tdb2")
    Path store();

    /** The base of the store's IRIs; must be the base the store was created with. */
    @WithDefault("http://localhost:8080/")
    String base();

    /** How long one query may run, until its last result is written; a longer one is stopped with 503. */
    @WithDefault("30s")
    Duration queryTimeout();

    /**
     * How long one update may run; a longer one is stopped, rolled back, and answered with 503.
     * Longer than the query timeout by default: an update's WHERE may rightly touch many posts.
     */
    @WithDefault("60s")
    Duration updateTimeout();

    /**
     * The longest query text /sparql takes, in characters; a longer one is refused with 413
     * before it is parsed, since parsing a huge query is itself work an anonymous client could
     * pile up. Bodies of any kind are bounded by quarkus.http.limits.max-body-size.
     */
    @WithDefault("102400")
    int maxQueryLength();

    /**
     * The most rows a SELECT, or triples a CONSTRUCT or DESCRIBE, answers a client without the
     * write credential; a longer result is cut there and says so in X-Newsgraph-Truncated (a
     * header, or a trailer of a streamed result). Clients with the credential get every row.
     */
    @WithDefault("100000")
    long anonymousRowLimit();

    /**
     * How much of a result is held back before any of it is sent. A result that ends within it is
     * sent whole, with a Content-Length, and a query that fails within it is answered with a clean
     * error status. A longer result is streamed as it is written, and a failure after that cuts the
     * response off without its end, so that clients see an incomplete body, never a complete 200.
     * Each running query may hold this much memory.
     */
    @WithDefault("4M")
    MemorySize resultBuffer();

    /**
     * The memory the result cache may hold: answers sent whole (within newsgraph.result-buffer)
     * are kept until the store changes and given again to the same query; 0 turns it off.
     */
    @WithDefault("64M")
    MemorySize resultCacheSize();

    /**
     * The most triples of the union the service keeps in memory as integer ids, to answer queries
     * that read only the default graph from there (about 50 bytes of heap a triple, twice the
     * triples' share while a new base is merged); a larger union, or one that grows larger, is
     * left to TDB2's files. 0 keeps nothing in memory.
     */
    @WithDefault("40000000")
    long memoryLayerTriples();

    /** How many queries run at once; one more is refused with 503 and Retry-After, never queued. */
    @WithDefault("32")
    int queryThreads();

    /**
     * How many queries one client without the write credential (known by its address) runs at once;
     * one more is refused with 503 and Retry-After.
     */
    @WithDefault("4")
    int clientQueries();

    /**
     * The bearer token that allows writes (/update, and PUT, POST, DELETE on /data). With neither
     * a token nor a user and password, the service takes no writes at all.
     */
    Optional<String> writeToken();

    /**
     * Kafka bootstrap servers ({@code host:port,...}) to replicate {@code newsgraph.graphs} from: the
     * service is then a read replica, its store fed from the log and its write routes closed (405).
     * Unset (the default), the service answers from its folder alone.
     */
    Optional<String> replicateFrom();

    /** The HTTP Basic user that allows writes, with {@link #writePassword()}. */
    Optional<String> writeUser();

    /** The password of {@link #writeUser()}. */
    Optional<String> writePassword();

    /**
     * How long a request body may take to arrive, from its headers on; a slower one is answered
     * with 408 and its connection closed. Bodies are read without holding a thread meanwhile.
     */
    @WithDefault("60s")
    Duration bodyTimeout();

    /** How many connections one client address may hold open at once; one more is answered 429 and closed. */
    @WithDefault("128")
    int clientConnections();

    /**
     * Origins other than the service's own whose pages may write (with the credential) from a
     * browser; a state-changing request from any other origin, or that its browser calls
     * cross-site, is refused with 403. Reads stay open to every origin CORS allows.
     */
    Optional<List<String>> writeOrigins();

    /** Where {@code POST /admin/backup} writes its snapshots; a folder {@code backups} beside the store's when unset. */
    Optional<Path> backupFolder();
}
