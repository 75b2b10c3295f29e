package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command's console, as a picocli mixin: its output, and its problems on the error stream,
 * each as one line starting {@code newsgraph: }.
 * <pre>
 *   &#64;Mixin Console console;
 *   console.problem(file + ": cannot be read");     // newsgraph: pages.txt: cannot be read
 * </pre>
 */
@Command // picocli takes a class as a mixin only when it carries a command annotation of some kind
final class Console {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The command this console belongs to, for the parameter errors picocli reports with its usage. */
    CommandSpec command() {
        return command;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Reports a problem that does not stop the command: one line on the error stream. */
    void problem(String message) {
        err().println("newsgraph: " + message);
    }
}
