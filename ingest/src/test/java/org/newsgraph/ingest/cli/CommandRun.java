package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code newsgraph} command line in this JVM, with what it printed.
 * <pre>
 *   CommandRun compact = CommandRun.of("compact", "--store", dir.toString());
 *   assertEquals(0, compact.exitCode(), compact.err());
 * </pre>
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
