package org.newsgraph.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.newsgraph.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph compact}: gives back the disk space that replaced and deleted data left behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites the store's files without the space old data left behind.",
                "TDB2 only appends: a store written often (a followed live page, re-ingests) grows far",
                "beyond its data. Nothing the store holds changes. Stop the service on the folder first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store was compacted", "2:usage error or the store cannot be opened"})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(store.folder)) {
            spec.commandLine().getErr().println("newsgraph: " + store.folder + ": no store there to compact");
            return NewsgraphCommand.UNREADABLE;
        }
        long before = bytes(store.folder);
        long start = System.nanoTime();
        try (Store target = store.open()) {
            target.compact();
        }
        out.printf("%s: %,d bytes before, %,d after, in %.1fs%n", store.folder, before, bytes(store.folder),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static long bytes(Path folder) {
        try {
            return PathUtils.sizeOfDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
