package org.newsgraph.sparql.ld;

import java.net.URI;

/**
 * Turns IRIs into the links of a page. An IRI under the store's base is its own link when the
 * service answers at that base; when it answers elsewhere (a base of
 * {@code https://w3id.org/newsgraph/} while testing on localhost), the link becomes the local
 * path that dereferences it, so that the pages stay navigable. Other IRIs are left as they are.
 * <pre>
 *   Links links = Links.of("https://news.example/", URI.create("http://localhost:8080/"));
 *   links.href("https://news.example/id/person/ines-varga");   // /id/person/ines-varga
 * </pre>
 */
public record Links(String base, boolean local) {

    /** Links for a page served at {@code serviceBase} (the request's base URI). */
    public static Links of(String base, URI serviceBase) {
        return new Links(base, !serviceBase.toString().equals(base));
    }

    /** Where a link to {@code iri} should point. */
    public String href(String iri) {
        return local && iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
