package org.newsgraph.ingest.extract.entity;

/**
 * One mention of an entity in a sentence: tokens [from, to) of sentence {@code sent} of post
 * {@code post}, and how the text refers to it.
 */
public final class EntityMention {
    /** How a mention names its entity. */
    public enum How {
        /** by name ("John Healey", "Healey", "the UK") */
        NAME,
        /** by a demonym standing for the country ("Russian strikes") */
        DEMONYM,
        /** by a capital or seat of government standing for the country ("Moscow has claimed") */
        SEAT,
        /** by a title only ("Germany's defence minister") */
        ROLE,
        /** by a pronoun ("he says") */
        PRONOUN
    }

    final int post;
    final int sent;
    final int from;
    final int to;
    final How how;
    final String surface;
    StoryEntity ent;

    EntityMention(int post, int sent, int from, int to, How how, String surface, StoryEntity ent) {
        this.post = post;
        this.sent = sent;
        this.from = from;
        this.to = to;
        this.how = how;
        this.surface = surface;
        this.ent = ent;
    }

    public int post() {
        return post;
    }

    public int sent() {
        return sent;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public How how() {
        return how;
    }

    public String surface() {
        return surface;
    }

    public StoryEntity ent() {
        return ent;
    }

    @Override
    public String toString() {
        return surface + "→" + ent + "(" + how + ")";
    }
}
