package org.newsgraph.sparql.ld;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.newsgraph.sparql.http.AcceptHeader;

/**
 * The forms a linked-data page is offered in, and the choice among them by {@code Accept}
 * (with q-values, through Jena's {@link AcceptList}) or by a {@code format} parameter.
 * <pre>
 *   Representation.choose("text/html,*&#47;*;q=0.8", null);   // HTML
 *   Representation.choose(null, "jsonld");                     // JSONLD, for a "view as" link
 * </pre>
 * Turtle is offered first, so a client that accepts anything ({@code *&#47;*}, curl's default)
 * gets data; browsers name {@code text/html} with a higher q and get the page.
 */
public enum Representation {
    TURTLE("turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", null),
    JSONLD("jsonld", RDFFormat.JSONLD_PRETTY),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES),
    RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY);

    private static final AcceptList OFFERED = AcceptList.create(Arrays.stream(values())
            .map(Representation::mediaType).toArray(String[]::new));

    private final String parameter;
    private final RDFFormat format;

    Representation(String parameter, RDFFormat format) {
        this.parameter = parameter;
        this.format = format;
    }

    /**
     * The representation named by {@code format} when given, else the best for {@code accept}
     * (none or blank: Turtle); empty when nothing offered is acceptable.
     */
    public static Optional<Representation> choose(String accept, String format) {
        if (format != null && !format.isBlank()) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(r -> r.parameter.equals(name)).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType best = AcceptList.match(AcceptHeader.parse(accept), OFFERED);
        return Optional.ofNullable(best).flatMap(type -> Arrays.stream(values())
                .filter(r -> r.mediaType().equals(type.getContentTypeStr())).findFirst());
    }

    /** The bare media type, such as {@code text/turtle}. */
    public String mediaType() {
        return format == null ? WebContent.contentTypeHTML : format.getLang().getHeaderString();
    }

    /** The Content-Type header value, with the charset. */
    public String contentType() {
        return mediaType() + "; charset=" + WebContent.charsetUTF8;
    }

    /** The value of the {@code format} parameter that asks for this representation. */
    public String parameter() {
        return parameter;
    }

    /** The RDF writer's format; absent for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(format);
    }

    /** The RDF language; absent for HTML. */
    public Optional<Lang> lang() {
        return rdfFormat().map(RDFFormat::getLang);
    }

    /** The names the {@code format} parameter takes, for error messages. */
    static String parameters() {
        return String.join(", ", Arrays.stream(values()).map(Representation::parameter).toList());
    }
}
