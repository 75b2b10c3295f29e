package org.newsgraph.ingest.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on a terminal, and silent elsewhere, so that logs
 * and pipes stay clean.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean enabled;
    private boolean drawn;

    ProgressBar(PrintWriter out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** A bar on standard error when there is a terminal to draw it on. */
    static ProgressBar onTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    void show(String label, int done, int total) {
        if (!enabled || total <= 0) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + done + "/" + total + " posts  " + label);
        out.flush();
        drawn = true;
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
