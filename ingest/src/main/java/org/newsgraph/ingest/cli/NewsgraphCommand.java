package org.newsgraph.ingest.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code newsgraph} command line:
 * <pre>
 *   java -jar ingest/target/newsgraph.jar ingest --store data/tdb2 --year 2025 page.txt
 *   java -jar ingest/target/newsgraph.jar load --store data/tdb2 dump.nq.gz
 *   java -jar ingest/target/newsgraph.jar evaluate --gold gold.json --year 2025 page.txt
 * </pre>
 * Exit codes: 0 everything stored, 1 some posts refused, 2 usage error or unreadable input.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds an event knowledge graph from live news pages.",
        subcommands = {IngestCommand.class, LoadCommand.class, CompactCommand.class, BackupCommand.class,
                RestoreCommand.class, EvaluateCommand.class, PublishCommand.class, ExtractCommand.class,
                ReplicateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was stored", "1:some posts were refused", "2:usage error or unreadable input"})
public final class NewsgraphCommand {
    /** Exit code: some posts were refused, the rest stored. */
    static final int SOME_REFUSED = 1;
    /** Exit code: the command line was wrong or an input could not be read. */
    static final int UNREADABLE = 2;

    /** The property slf4j-simple takes its default level from; see simplelogger.properties. */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Also print the libraries' INFO log lines (CoreNLP's, Jena's); without it, warnings only.")
    boolean verbose;

    public static void main(String[] args) {
        // Read before parsing: a logger takes its level when it is made, which may be before any command runs.
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty(LOG_LEVEL, "info");
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with its subcommands, exit codes and error handling set up. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setExitCodeExceptionMapper(e -> UNREADABLE);
        cli.getCommandSpec().exitCodeOnInvalidInput(UNREADABLE);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(line.getColorScheme().errorText("newsgraph: " + e.getMessage()));
            return UNREADABLE;
        });
        return cli;
    }
}
