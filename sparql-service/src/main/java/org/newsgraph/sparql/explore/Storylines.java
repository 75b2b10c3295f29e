package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A story's storyline: the events its posts report, ordered by the time the text gives for
 * them, else by their first report in this story; each linked to the other stories that
 * report the same event (an event reported in two stories is one IRI with reports in both).
 * <pre>
 *   Storyline s = storylines.of(story, 100);
 *   s.events().get(1).otherStories();   // [border-dispute]
 * </pre>
 */
@ApplicationScoped
class Storylines {
    private static final Query STORY = GraphQueries.parse("""
            SELECT (SAMPLE(?name) AS ?title) (MIN(?at) AS ?first)
            WHERE { ?post ng:inStory ?story ; ng:publishedAt ?at OPTIONAL { ?story rdfs:label ?name } }
            """);
    private static final Query EVENTS = GraphQueries.parse("""
            SELECT ?event (MIN(?at) AS ?first)
            WHERE { ?post ng:inStory ?story ; ng:publishedAt ?at . ?event ng:mentionedIn ?post ; a ng:Event }
            GROUP BY ?event
            """);

    private final GraphQueries queries;
    private final EventIndexLoader graph;
    private final EventCards events;

    Storylines(GraphQueries queries, EventIndexLoader graph, EventCards events) {
        this.queries = queries;
        this.graph = graph;
        this.events = events;
    }

    Storyline of(Node story, int limit) {
        Map<String, Node> bound = Map.of("story", story);
        Binding about = queries.select(STORY, bound).get(0);
        StoryRef self = new StoryRef(story.getURI(),
                about.contains("title") ? about.get("title").getLiteralLexicalForm() : "",
                about.contains("first") ? about.get("first").getLiteralLexicalForm() : "");
        Map<Node, String> firstHere = new HashMap<>();
        queries.select(EVENTS, bound).forEach(row ->
                firstHere.put(row.get("event"), row.get("first").getLiteralLexicalForm()));
        // The order in this story: the event's own time, else its first report here.
        List<EventCards.Dated> here = graph.ready().dates(firstHere.keySet()).values().stream()
                .map(d -> d.when().fromEvent() ? d
                        : new EventCards.Dated(d.event(), d.type(), When.of(null, firstHere.get(d.event()))))
                .toList();
        List<Node> ordered = EventCards.chronological(here).stream().limit(limit).map(EventCards.Dated::event).toList();
        List<Storyline.Entry> entries = events.items(ordered, null).stream()
                .map(item -> new Storyline.Entry(item, item.stories().stream()
                        .filter(s -> !s.iri().equals(story.getURI())).toList()))
                .toList();
        return new Storyline(self, firstHere.size(), entries);
    }
}
