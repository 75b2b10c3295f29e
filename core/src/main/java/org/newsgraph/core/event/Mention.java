package org.newsgraph.core.event;

/**
 * The sentence of a post's body that grounds a fact: {@code body.substring(start, end)} equals {@code text}.
 */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("the text does not fill the span [" + start + ", " + end + ")");
        }
    }

    /** The mention of {@code body.substring(start, end)}. */
    public static Mention of(String body, int start, int end) {
        return new Mention(start, end, body.substring(start, end));
    }
}
