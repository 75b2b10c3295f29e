package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.core.store.Backup;
import org.newsgraph.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph backup}: a consistent gzip N-Quads snapshot of a store that no service has open. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a snapshot of the store as gzip N-Quads: its post graphs, base and slug registry.",
                "The file has the name FILE.part until it is complete. A store a running service holds",
                "is backed up through the service instead: POST /admin/backup with the write credential."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the backup was written", "2:usage error or the store cannot be opened"})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file, e.g. newsgraph.nq.gz.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.folder)) {
            spec.commandLine().getErr().println("newsgraph: " + store.folder + ": no store there to back up");
            return NewsgraphCommand.UNREADABLE;
        }
        long start = System.nanoTime();
        Backup backup;
        try (Store source = store.open()) {
            backup = source.backup(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %,d graphs, %,d quads, in %.1fs%n", backup.file(), backup.graphs(), backup.quads(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
