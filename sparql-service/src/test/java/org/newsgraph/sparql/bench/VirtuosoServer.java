package org.newsgraph.sparql.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Virtuoso instance started by {@code virtuoso.sh serve} on its folder and stopped by
 * {@code virtuoso.sh stop}. It answers over the union graph the script built at load; it takes no
 * writes here (the union graph would have to be rebuilt for them).
 */
record VirtuosoServer(Endpoint endpoint, double readySeconds, VirtuosoScript script, Path folder) implements RunningServer {
    static VirtuosoServer start(String label, VirtuosoScript script, Path folder, Duration clientTimeout) {
        long start = System.nanoTime();
        String out = script.run("serve", folder.toAbsolutePath().toString()).strip();
        String url = out.substring(out.lastIndexOf('\n') + 1).strip();
        if (!url.startsWith("http")) {
            throw new BenchmarkFailed("virtuoso.sh serve printed no endpoint URL:\n" + out);
        }
        return new VirtuosoServer(Endpoint.of(label, URI.create(url), clientTimeout), (System.nanoTime() - start) / 1e9,
                script, folder);
    }

    @Override
    public Optional<LiveWriter.Target> writes() {
        return Optional.empty();
    }

    @Override
    public OptionalLong unionBytes() {
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong heapAfterCollection() {
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        script.run("stop", folder.toAbsolutePath().toString());
    }
}
