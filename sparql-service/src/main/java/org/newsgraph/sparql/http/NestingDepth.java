package org.newsgraph.sparql.http;

import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * Refuses a query or update whose brackets nest deeper than {@value #MOST} levels, before it is
 * parsed: Jena parses and evaluates nesting by recursion, and 1,000 nested OPTIONALs or 10,000
 * braces ran out of stack (a StackOverflowError, answered with 500 or "Malformed query: null").
 * <pre>
 *   NestingDepth.check(text, "query");   // 400 "The query is too deeply nested: ..." past 128 levels
 * </pre>
 * Braces and parentheses are counted outside strings, IRIs and comments; real queries nest a
 * few levels deep.
 */
public final class NestingDepth {
    public static final int MOST = 128;

    private NestingDepth() {}

    /** @throws MalformedRequest when {@code text} nests deeper than {@link #MOST} levels */
    public static void check(String text, String what) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '{', '(', '[' -> {
                    if (++depth > MOST) {
                        throw new MalformedRequest("The " + what + " is too deeply nested: more than "
                                + MOST + " levels of brackets at character " + (i + 1) + "; write it with fewer nested groups");
                    }
                }
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '"', '\'' -> i = afterString(text, i);
                case '<' -> i = afterIri(text, i);
                case '#' -> i = afterComment(text, i);
                default -> { }
            }
        }
    }

    /** The index of a string's closing quote (long strings too), or the end. */
    private static int afterString(String text, int open) {
        char quote = text.charAt(open);
        boolean isLong = text.startsWith(String.valueOf(quote).repeat(3), open);
        String close = isLong ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        for (int i = open + close.length(); i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(close, i)) {
                return i + close.length() - 1;
            } else if (!isLong && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                return i;
            }
        }
        return text.length();
    }

    /** The index of an IRI's '>', or {@code open} itself when this '<' is an operator. */
    private static int afterIri(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (Character.isWhitespace(c) || c == '<' || c == '"' || c == '{' || c == '}') {
                return open;
            }
        }
        return open;
    }

    private static int afterComment(String text, int hash) {
        int end = text.indexOf('\n', hash);
        return end < 0 ? text.length() : end;
    }
}
