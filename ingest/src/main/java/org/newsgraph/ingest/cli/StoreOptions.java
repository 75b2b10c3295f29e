package org.newsgraph.ingest.cli;

import java.nio.file.Path;
import org.newsgraph.core.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say which store to open; shared by the commands that write to one. */
final class StoreOptions {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The TDB2 folder; created when it does not exist.")
    Path folder;

    @Mixin
    BaseOption base;

    Store open() {
        return Store.open(folder, base.base);
    }
}
