package org.newsgraph.core.story.index;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;

/**
 * The stories of a store and their posts, as lists to show: a read model over the union,
 * asked afresh each time (it keeps nothing).
 * <pre>
 *   StoryIndex index = new StoryIndex(store);
 *   StorySummary newest = index.stories().get(0);
 *   List&lt;PostSummary&gt; posts = index.posts(newest.iri());   // newest first
 * </pre>
 */
public final class StoryIndex {
    private static final Query STORIES = QueryFactory.create("""
            PREFIX ng: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?story (SAMPLE(?label) AS ?title) (COUNT(DISTINCT ?post) AS ?posts)
                   (MIN(?at) AS ?first) (MAX(?at) AS ?last)
            WHERE { ?post ng:inStory ?story ; ng:publishedAt ?at . OPTIONAL { ?story rdfs:label ?label } }
            GROUP BY ?story ORDER BY DESC(?last)
            """.formatted(NG.NS));

    private static final Query POSTS = QueryFactory.create("""
            PREFIX ng: <%s>
            SELECT ?post ?position ?headline ?at
            WHERE { ?post ng:inStory ?story ; ng:headline ?headline ; ng:publishedAt ?at .
                    OPTIONAL { ?post ng:position ?position } }
            ORDER BY DESC(?at) ?position
            """.formatted(NG.NS));

    private final Store store;

    public StoryIndex(Store store) {
        this.store = store;
    }

    /** The stories in the store with their post counts and time spans, newest first. */
    public List<StorySummary> stories() {
        return store.read(view -> {
            List<StorySummary> stories = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(view).query(STORIES).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> stories.add(new StorySummary(
                        row.get("story").getURI(),
                        row.contains("title") ? row.get("title").getLiteralLexicalForm() : "",
                        ((Number) row.get("posts").getLiteralValue()).longValue(),
                        OffsetDateTime.parse(row.get("first").getLiteralLexicalForm()),
                        OffsetDateTime.parse(row.get("last").getLiteralLexicalForm()))));
            }
            return stories;
        });
    }

    /** The posts of a story, newest first; empty for a story the store does not hold. */
    public List<PostSummary> posts(String storyIri) {
        return store.read(view -> {
            List<PostSummary> posts = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(view).query(POSTS)
                    .substitution("story", NodeFactory.createURI(storyIri)).build()) {
                exec.select().forEachRemaining(row -> posts.add(new PostSummary(
                        row.get("post").getURI(),
                        row.contains("position") ? ((Number) row.get("position").getLiteralValue()).intValue() : 0,
                        row.get("headline").getLiteralLexicalForm(),
                        OffsetDateTime.parse(row.get("at").getLiteralLexicalForm()))));
            }
            return posts;
        });
    }
}
