package org.newsgraph.sparql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The service's settings, under {@code newsgraph.}: in {@code application.properties}, as
 * system properties or as environment variables ({@code NEWSGRAPH_STORE}).
 * <pre>
 *   java -Dnewsgraph.store=/srv/newsgraph/tdb2 -Dnewsgraph.query-timeout=10s -jar quarkus-run.jar
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
}
