package org.newsgraph.ingest.cli;

import java.nio.file.Path;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import picocli.CommandLine.Option;

/** The options that say which store to open; shared by the commands that write to one. */
final class StoreOptions {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The TDB2 folder; created when it does not exist.")
    Path folder;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "The base of minted IRIs (default: ${DEFAULT-VALUE}); fixed when the store is created.")
    String base;

    Store open() {
        return Store.open(folder, base);
    }
}
