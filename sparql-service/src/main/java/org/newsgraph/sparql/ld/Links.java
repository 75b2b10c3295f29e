package org.newsgraph.sparql.ld;

import java.net.URI;
import java.util.Locale;

/**
 * Turns IRIs into the links of a page. An IRI under the store's base is its own link when the
 * service answers at that base; when it answers elsewhere (a base of
 * {@code https://w3id.org/newsgraph/} while testing on localhost), the link becomes the local
 * path that dereferences it, so that the pages stay navigable. Other http(s) IRIs are left as
 * they are; any other IRI ({@code javascript:}, {@code data:}, ...) is no link at all, since a
 * stored graph may hold anything and a click must never run it: the pages show those as text.
 * <pre>
 *   Links links = Links.of("https://news.example/", URI.create("http://localhost:8080/"));
 *   links.href("https://news.example/id/person/ines-varga");   // /id/person/ines-varga
 *   links.href("javascript:alert(1)");                         // null
 * </pre>
 */
public record Links(String base, boolean local) {

    /** Links for a page served at {@code serviceBase} (the request's base URI). */
    public static Links of(String base, URI serviceBase) {
        return new Links(base, !serviceBase.toString().equals(base));
    }

    /** Where a link to {@code iri} should point; null when it is no http(s) IRI, and so must not be a link. */
    public String href(String iri) {
        if (!linkable(iri)) {
            return null;
        }
        return local && iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    /** Whether {@code iri} is an http(s) address, the only IRIs the pages link to. */
    public static boolean linkable(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
