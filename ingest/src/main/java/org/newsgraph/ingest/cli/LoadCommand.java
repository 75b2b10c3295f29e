package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.core.store.LoadRefused;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph load}: imports RDF files of named graphs, each graph replacing its namesake. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Imports N-Quads or TriG files (optionally .gz) into the store.",
                "Each named graph in a file replaces the stored graph of the same name; a file with a",
                "syntax error, or with triples outside any named graph, is refused whole.",
                "Into a store without post graphs the file is bulk-loaded: checked whole first, then",
                "loaded by TDB2's bulk loader and the merged union built from its sorted indexes.",
                "Into a store that holds graphs it is loaded graph by graph in one transaction",
                "(slower: each quad updates the merged union), and the summary says so."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was loaded", "2:usage error or a file was refused"})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads (.nq) or TriG (.trig) files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int refused = 0;
        try (Store target = store.open()) {
            for (Path file : files) {
                long start = System.nanoTime();
                try {
                    LoadResult result = target.load(file);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    out.printf("%s: %d graphs, %d quads in %.2fs (%.0f quads/s), %s%n", file, result.graphs(),
                            result.quads(), seconds, result.quads() / Math.max(seconds, 1e-9),
                            result.bulk() ? "bulk-loaded into an empty store" : "graph by graph, as the store held graphs");
                } catch (LoadRefused e) {
                    err.println("newsgraph: " + e.getMessage());
                    refused++;
                }
            }
        }
        return refused == 0 ? 0 : NewsgraphCommand.UNREADABLE;
    }
}
