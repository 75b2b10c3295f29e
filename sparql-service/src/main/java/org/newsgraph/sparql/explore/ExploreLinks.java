package org.newsgraph.sparql.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.newsgraph.sparql.ld.Links;

/**
 * The links of the exploration pages: to an IRI's own page (a local path when the service runs
 * elsewhere than the base, see {@link Links}) and to the exploration pages of an entity or a story.
 * <pre>
 *   to.explore("http://localhost:8080/id/person/ines-varga");   // /explore/entity?entity=http%3A%2F%2F...
 * </pre>
 */
public record ExploreLinks(Links links) {

    /** The page of {@code iri}; for an IRI that is no http(s) address, this page itself (see {@link Links}). */
    public String page(String iri) {
        String href = links.href(iri);
        return href == null ? "" : href;
    }

    /** The exploration page of an entity. */
    public String explore(String iri) {
        return "/explore/entity?entity=" + encoded(iri);
    }

    /** The storyline page of a story. */
    public String storyline(String iri) {
        return "/explore/story?story=" + encoded(iri);
    }

    /** The paths page between two entities. */
    public String paths(String from, String to) {
        return "/explore/paths?from=" + encoded(from) + "&to=" + encoded(to);
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
