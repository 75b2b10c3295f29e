package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The servers the benchmark can measure, by the name {@code -Dservers=} gives them: each serves
 * one {@link DataCopy} and knows how to start on it with the settings' heap and query timeout.
 * newsgraph's variants differ in what answers (its files, the union in memory) and in the result
 * cache; the anchors are Fuseki over the union, Fuseki over the merged default graph, and Virtuoso.
 */
enum BenchServer {
    FUSEKI_UNION("fuseki-union", "Fuseki, union graph", DataCopy.FUSEKI_UNION) {
        @Override
        RunningServer start(Launch launch) throws IOException, InterruptedException {
            return fuseki(launch, true);
        }
    },
    FUSEKI_MERGED("fuseki-merged", "Fuseki, merged default graph", DataCopy.FUSEKI_MERGED) {
        @Override
        RunningServer start(Launch launch) throws IOException, InterruptedException {
            return fuseki(launch, false);
        }
    },
    VIRTUOSO("virtuoso", "Virtuoso 7.2.5, union graph", DataCopy.VIRTUOSO) {
        @Override
        RunningServer start(Launch launch) {
            return VirtuosoServer.start(label, launch.virtuoso(), launch.folder(), launch.clientTimeout());
        }
    },
    NEWSGRAPH_FILES("newsgraph-files", "newsgraph on its files", DataCopy.NEWSGRAPH) {
        @Override
        RunningServer start(Launch launch) throws IOException, InterruptedException {
            return newsgraph(launch, "0", Optional.of("0"));
        }
    },
    NEWSGRAPH("newsgraph", "newsgraph, union in memory", DataCopy.NEWSGRAPH) {
        @Override
        RunningServer start(Launch launch) throws IOException, InterruptedException {
            return newsgraph(launch, "0", launch.settings().memoryTriples());
        }
    },
    NEWSGRAPH_CACHE("newsgraph-cache", "newsgraph, union in memory + result cache", DataCopy.NEWSGRAPH) {
        @Override
        RunningServer start(Launch launch) throws IOException, InterruptedException {
            return newsgraph(launch, "64M", launch.settings().memoryTriples());
        }
    };

    /** What {@code -Dservers=} measures when it is not given. */
    static final String DEFAULT = "fuseki-union,fuseki-merged,virtuoso,newsgraph,newsgraph-cache";
    private static final String FUSEKI_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    private static final String LOG_MANAGER = "org.jboss.logmanager.LogManager";
    private static final String WRITE_TOKEN = "bench-writer";

    /**
     * What a server starts with.
     *
     * @param settings the benchmark's settings
     * @param folder   the folder of the server's data copy
     * @param log      where its output goes
     * @param virtuoso the script that runs Virtuoso
     */
    record Launch(BenchSettings settings, Path folder, Path log, VirtuosoScript virtuoso, String base) {
        java.time.Duration clientTimeout() {
            return settings.queryTimeout().plusSeconds(10);
        }
    }

    final String name;
    final String label;
    final DataCopy copy;

    BenchServer(String name, String label, DataCopy copy) {
        this.name = name;
        this.label = label;
        this.copy = copy;
    }

    /** Starts the server on its copy and returns once it is ready. */
    abstract RunningServer start(Launch launch) throws IOException, InterruptedException;

    static BenchServer named(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new BenchmarkFailed("no server '" + name + "' in -Dservers=; there are " + names()));
    }

    static String names() {
        return Arrays.stream(values()).map(s -> s.name).collect(Collectors.joining(", "));
    }

    RunningServer fuseki(Launch launch, boolean union) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        URI root = URI.create("http://127.0.0.1:" + port + "/ds/");
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx" + launch.settings().heap(),
                "-cp", System.getProperty("java.class.path"),
                // The test classpath has no log4j2 core, which Fuseki would reconfigure unless
                // told its configuration is external: it logs through SLF4J instead.
                "-Dlog4j2.configurationFile=external", "-Djava.util.logging.manager=" + LOG_MANAGER,
                FUSEKI_MAIN, "--port=" + port, "--tdb2", "--update", "--loc=" + launch.folder(),
                "--timeout=" + launch.settings().queryTimeout().toMillis()));
        if (union) {
            command.addAll(List.of("--set", "tdb:unionDefaultGraph=true"));
        }
        command.add("/ds");
        // Writes go to named graphs, which only the union's default graph shows.
        Optional<LiveWriter.Target> writes = union ? Optional.of(new LiveWriter.Target(root.resolve("data"), Optional.empty()))
                : Optional.empty();
        return JvmServer.start(Endpoint.of(label, root.resolve("sparql"), launch.clientTimeout()), command, launch.log(),
                writes, Optional.empty());
    }

    RunningServer newsgraph(Launch launch, String resultCache, Optional<String> memoryTriples)
            throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx" + launch.settings().heap(),
                "-Dnewsgraph.store=" + launch.folder(), "-Dnewsgraph.base=" + launch.base(), "-Dquarkus.http.port=" + port,
                "-Dnewsgraph.result-cache-size=" + resultCache,
                "-Dnewsgraph.query-timeout=" + launch.settings().queryTimeout().toMillis() + "ms",
                "-Dnewsgraph.write-token=" + WRITE_TOKEN,
                // The clients all come from one address: let them all in, as the other servers do.
                "-Dnewsgraph.client-queries=" + Math.max(4, launch.settings().concurrency() * 2)));
        memoryTriples.ifPresent(max -> command.add("-Dnewsgraph.memory-layer-triples=" + max));
        command.addAll(List.of("-jar", launch.settings().serviceJar().toString()));
        boolean inMemory = memoryTriples.map(max -> !max.equals("0")).orElse(true);
        return JvmServer.start(Endpoint.of(label, root.resolve("sparql"), launch.clientTimeout()), command, launch.log(),
                Optional.of(new LiveWriter.Target(root.resolve("data"), Optional.of("Bearer " + WRITE_TOKEN))),
                inMemory ? Optional.of(root.resolve("q/metrics")) : Optional.empty());
    }
}
