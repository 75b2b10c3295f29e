package org.newsgraph.ingest.read;

import java.util.OptionalInt;

/**
 * A page that cannot be read at all: empty, not text, without posts or without a year.
 * The message names the page, the line when there is one, and why.
 */
public class PageRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    /** A refusal caused by one line of the page. */
    public PageRefused(String source, int line, String reason) {
        super(at(source, line, reason));
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** A refusal of the page as a whole, such as an empty file. */
    public PageRefused(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.line = 0;
        this.reason = reason;
    }

    /** The page's name, as given in its {@link PageSource}. */
    public String source() {
        return source;
    }

    /** The line at fault, when one is. */
    public OptionalInt line() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** Why the page was refused, without its name or line. */
    public String reason() {
        return reason;
    }

    static String at(String source, int line, String reason) {
        return source + ": line " + line + ": " + reason;
    }
}
