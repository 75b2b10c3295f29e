package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The cards of events as the exploration shows them: each event's actors, reports, stories
 * and sentence, read from the store for the events shown ({@link EventIndex} knows which events
 * an entity appears in and when they happened).
 * <pre>
 *   List&lt;EventItem&gt; items = events.items(ordered, ines);   // the cards, in that order
 * </pre>
 */
@ApplicationScoped
class EventCards {
    private static final String TYPES = String.join(", ", EventIndex.EVENT_TYPES.stream().map(t -> "<" + t.getURI() + ">").toList());
    private static final int LABELLED_ACTORS = 4;
    /** The parts of an entity that is only where the event happened. */
    private static final List<String> AT = List.of("location");

    /** One branch per kind of fact, so that they do not multiply. */
    private static final Query DETAILS = GraphQueries.parse("""
            SELECT * WHERE {
              { ?event a ?type FILTER(?type IN (%s)) }
              UNION { ?event ng:time ?time }
              UNION { ?event ?part ?actor FILTER(?part IN (%s)) }
              UNION { ?event ng:mentionedIn ?post . ?post ng:headline ?headline ; ng:publishedAt ?at ; ng:inStory ?story
                      OPTIONAL { ?story rdfs:label ?storyTitle } }
              UNION { ?event ng:evidence ?mention . ?mention ng:text ?text ; ng:post/ng:publishedAt ?reported }
            }
            """.formatted(TYPES, Part.all()));

    /** An event's type (the local name of its ng: class) and time. */
    record Dated(Node event, String type, When when) {}

    private final GraphQueries queries;
    private final EntityNames names;

    EventCards(GraphQueries queries, EntityNames names) {
        this.queries = queries;
        this.names = names;
    }

    /** {@code events} in time order, earliest first, ties by IRI. */
    static List<Dated> chronological(Collection<Dated> events) {
        return events.stream().sorted(Comparator.comparing(Dated::when, When.ORDER)
                .thenComparing(d -> d.event().getURI())).toList();
    }

    /**
     * The cards of {@code events}, in the order given; {@code subject} is the entity whose parts
     * each card lists ({@code null} for none).
     */
    List<EventItem> items(List<Node> events, Node subject) {
        Map<Node, Facts> facts = new LinkedHashMap<>();
        events.forEach(e -> facts.put(e, new Facts()));
        Set<Node> actors = new HashSet<>();
        for (Binding row : queries.select(DETAILS, Map.of(), "event", events)) {
            Facts f = facts.get(row.get("event"));
            if (row.contains("type")) {
                f.type = row.get("type").getLocalName();
            } else if (row.contains("time")) {
                String time = row.get("time").getLiteralLexicalForm();
                if (f.time == null || When.instant(time).isBefore(When.instant(f.time))) {
                    f.time = time;
                }
            } else if (row.contains("actor")) {
                Node actor = row.get("actor");
                actors.add(actor);
                Part.of(row.get("part")).ifPresent(part ->
                        f.actors.computeIfAbsent(actor, a -> EnumSet.noneOf(Part.class)).add(part));
            } else if (row.contains("post")) {
                f.posts.add(new PostRef(row.get("post").getURI(), row.get("headline").getLiteralLexicalForm(),
                        row.get("at").getLiteralLexicalForm(), row.get("story").getURI()));
                f.storyTitles.put(row.get("story").getURI(),
                        row.contains("storyTitle") ? row.get("storyTitle").getLiteralLexicalForm() : "");
            } else if (row.contains("text")) {
                String reported = row.get("reported").getLiteralLexicalForm();
                if (f.summaryAt == null || When.instant(reported).isBefore(When.instant(f.summaryAt))) {
                    f.summaryAt = reported;
                    f.summary = row.get("text").getLiteralLexicalForm();
                }
            }
        }
        Map<Node, EntityRef> named = names.of(actors);
        List<EventItem> items = new ArrayList<>();
        facts.forEach((event, f) -> items.add(f.item(event, subject, named)));
        return items;
    }

    /** The most specific parts: "pledger" rather than "participant", which every pledger also is. */
    static List<String> specific(Set<Part> parts) {
        return parts.stream().filter(p -> p != Part.PARTICIPANT || parts.size() == 1).map(Part::label).toList();
    }

    /** What the details query found about one event. */
    private static final class Facts {
        private String type = "Event";
        private String time;
        private String summary = "";
        private String summaryAt;
        private final Map<Node, Set<Part>> actors = new HashMap<>();
        private final List<PostRef> posts = new ArrayList<>();
        private final Map<String, String> storyTitles = new TreeMap<>();

        EventItem item(Node event, Node subject, Map<Node, EntityRef> named) {
            List<PostRef> reports = posts.stream().distinct()
                    .sorted(Comparator.comparing((PostRef p) -> When.instant(p.publishedAt())).thenComparing(PostRef::iri))
                    .toList();
            When when = When.of(time, reports.isEmpty() ? null : reports.get(0).publishedAt());
            List<EventItem.Actor> cast = actors.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Node, Set<Part>> a) -> firstPart(a.getValue()))
                            .thenComparing(a -> named.get(a.getKey()).label()))
                    .map(a -> new EventItem.Actor(named.get(a.getKey()), specific(a.getValue()))).toList();
            String who = cast.stream().filter(a -> !a.parts().equals(AT)).limit(LABELLED_ACTORS)
                    .map(a -> a.entity().label()).collect(Collectors.joining(", "));
            String where = cast.stream().filter(a -> a.parts().equals(AT)).map(a -> a.entity().label())
                    .collect(Collectors.joining(", "));
            String label = type + (who.isEmpty() ? "" : ": " + who)
                    + (cast.stream().filter(a -> !a.parts().equals(AT)).count() > LABELLED_ACTORS ? ", …" : "")
                    + (where.isEmpty() ? "" : " at " + where);
            Map<String, String> firstInStory = new LinkedHashMap<>();
            reports.forEach(p -> firstInStory.putIfAbsent(p.story(), p.publishedAt()));
            List<StoryRef> stories = firstInStory.entrySet().stream()
                    .map(s -> new StoryRef(s.getKey(), storyTitles.get(s.getKey()), s.getValue())).toList();
            List<String> parts = subject == null || !actors.containsKey(subject) ? List.of() : specific(actors.get(subject));
            return new EventItem(event.getURI(), type, label, when.text(), when.source(), summary, cast, parts,
                    reports, stories);
        }

        /** The specific parts come before the bare participant, in the order of {@link Part}. */
        private static int firstPart(Set<Part> parts) {
            return parts.stream().filter(p -> p != Part.PARTICIPANT).mapToInt(Part::ordinal).min()
                    .orElse(Part.values().length);
        }
    }
}
