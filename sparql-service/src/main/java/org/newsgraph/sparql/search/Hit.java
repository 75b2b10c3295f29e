package org.newsgraph.sparql.search;

import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One search hit: the headline, body or quote that matched, and the post it belongs to (a quote
 * reported by several posts is one hit per post).
 *
 * @param iri        the post or statement whose text matched
 * @param field      {@code headline}, {@code body} or {@code quote}
 * @param score      Lucene's relevance score
 * @param snippet    HTML: the best fragments of the matched text, escaped, with the matched words in {@code <mark>}
 */
public record Hit(String iri, String field, double score, String snippet, String post, String headline,
                  String publishedAt, String story, String storyTitle) {

    JsonObject json() {
        JsonObject hit = new JsonObject();
        hit.put("iri", iri);
        hit.put("field", field);
        hit.put("score", JsonNumber.value(score));
        hit.put("snippet", snippet);
        hit.put("post", post);
        hit.put("headline", headline);
        hit.put("publishedAt", publishedAt);
        hit.put("story", story);
        hit.put("storyTitle", storyTitle);
        return hit;
    }
}
