package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * One event as the timelines and storylines show it.
 *
 * @param type     its ng: class, such as {@code Meeting}
 * @param label    its type, its first actors and its place: "Meeting: Ines Varga, Karl Brandt at Port Ardent"
 * @param time     when it happened: the time the text gives, else the first post that reports it
 * @param timeFrom {@code event} when the text gives the time, {@code post} when it is the first report's
 * @param summary  the sentence of its earliest report
 * @param actors   who took which part in it
 * @param parts    the parts the entity whose timeline this is played in it; empty elsewhere
 * @param posts    the posts that report it, oldest first
 * @param stories  the stories those posts belong to, by first report
 */
public record EventItem(String iri, String type, String label, String time, String timeFrom, String summary,
        List<Actor> actors, List<String> parts, List<PostRef> posts, List<StoryRef> stories) {

    /** An entity of the event and the parts it played, the most specific ones ("pledger", not "participant"). */
    public record Actor(EntityRef entity, List<String> parts) {}
}
