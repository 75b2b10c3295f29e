package org.newsgraph.ingest.pipeline;

/** What a stage of the pipeline puts into a post's facts, and what a later stage may need. */
public enum Capability {
    /** The post itself: story, headline, body, time, bylines, images. Every reader provides it. */
    POSTS,
    /** Each post's text in sentences, tagged, and parsed where it may hold an event (an annotation, not stored). */
    ANNOTATION,
    /** People, organisations, countries and places, with their names. */
    ENTITIES,
    /** The roles people hold. */
    ROLES,
    /** Meetings, pledges, accusations, statements, visits and attacks. */
    EVENTS
}
