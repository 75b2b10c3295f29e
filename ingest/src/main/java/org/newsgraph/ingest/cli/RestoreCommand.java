package org.newsgraph.ingest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph restore}: a new store from a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Builds a new store from a backup (newsgraph backup, or POST /admin/backup): the same",
                "graphs, base and slug registry; the union and the text index are built afresh."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store was restored", "2:usage error, a folder that holds files, or a file that is no backup"})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file (.nq.gz).")
    Path backup;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The new store's folder: missing or empty.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (Store restored = Store.restore(backup, folder)) {
            spec.commandLine().getOut().printf("%s: %,d quads under %s, in %.1fs%n", folder, restored.size(),
                    restored.base(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
