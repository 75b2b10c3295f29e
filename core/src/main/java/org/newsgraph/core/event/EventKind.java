package org.newsgraph.core.event;

/** The six kinds of event, each with the folder of its IRIs ({@code id/event/pledge/...}). */
public enum EventKind {
    MEETING, PLEDGE, ACCUSATION, STATEMENT, VISIT, ATTACK;

    /** The IRI folder, such as {@code pledge}. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
