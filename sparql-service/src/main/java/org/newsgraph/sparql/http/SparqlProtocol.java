package org.newsgraph.sparql.http;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.WebContent;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.UnsupportedBody;

/**
 * Where the SPARQL 1.1 Protocol puts a request's operation and its parameters, and which
 * requests it refuses before any parsing.
 * <pre>
 *   QueryRequest q = SparqlProtocol.query(uriInfo.getQueryParameters());           // GET /sparql?query=...
 *   QueryRequest q = SparqlProtocol.query(SparqlProtocol.merged(urlParams, form));  // form POST
 * </pre>
 * A request with two queries, or with a query and an update, is ambiguous and refused with 400;
 * updates have their own endpoint, {@code /update}. A direct POST's body must be UTF-8 (the
 * protocol says so); another charset is refused with 415 rather than misread. The parameters
 * that name graphs take relative IRIs too, resolved by {@link #graphIris} against the store's base
 * like the relative IRIs of a query or update: {@code using-graph-uri=graph/notes} names {@code <base>graph/notes}.
 */
public final class SparqlProtocol {
    static final String QUERY = "query";
    static final String UPDATE = "update";
    public static final String DEFAULT_GRAPH = "default-graph-uri";
    public static final String NAMED_GRAPH = "named-graph-uri";
    public static final String USING_GRAPH = "using-graph-uri";
    public static final String USING_NAMED_GRAPH = "using-named-graph-uri";
    public static final String FORMAT = "format";
    static final String TIMEOUT = "timeout";
    /** Longer timeouts than this many seconds overflow a Duration in nanoseconds; all are far above any configured limit. */
    private static final BigDecimal LONGEST_TIMEOUT = BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L);

    private SparqlProtocol() {}

    /** The query of a GET's URL parameters or a form POST's fields (with its URL's parameters). */
    public static QueryRequest query(MultivaluedMap<String, String> params) {
        if (params.containsKey(UPDATE)) {
            throw new MalformedRequest("An update parameter at the query endpoint:"
                    + " send updates to /update, and a query alone here");
        }
        return queryRequest(single(params, QUERY, "query"), params);
    }

    /** The query of a POST with an {@code application/sparql-query} body. */
    public static QueryRequest directQuery(byte[] body, String contentType, MultivaluedMap<String, String> urlParams) {
        return queryRequest(direct(body, contentType, urlParams, QUERY), urlParams);
    }

    /** The text of a POST with an {@code application/sparql-update} body. */
    public static String directUpdate(byte[] body, String contentType, MultivaluedMap<String, String> urlParams) {
        return nonBlank(direct(body, contentType, urlParams, UPDATE), "update");
    }

    /** The update of a form POST's fields (with its URL's parameters). */
    public static String formUpdate(MultivaluedMap<String, String> params) {
        if (params.containsKey(QUERY)) {
            throw new MalformedRequest("A query parameter at the update endpoint:"
                    + " send queries to /sparql, and an update alone here");
        }
        return single(params, UPDATE, "update");
    }

    /** A form's fields and its URL's parameters together, as one request's parameters. */
    public static MultivaluedMap<String, String> merged(MultivaluedMap<String, String> url, MultivaluedMap<String, String> form) {
        MultivaluedMap<String, String> all = new MultivaluedHashMap<>();
        url.forEach(all::addAll);
        form.forEach(all::addAll);
        return all;
    }

    /** The refusal of a POST whose body is none of those {@code endpoint} takes. */
    public static UnsupportedBody unsupported(String endpoint, String takes, String contentType) {
        return new UnsupportedBody("POST " + endpoint + " takes " + takes
                + " or " + WebContent.contentTypeHTMLForm + ", not "
                + (contentType == null ? "a body without Content-Type" : contentType));
    }

    /**
     * The values of a parameter that names graphs ({@code default-graph-uri}, {@code using-graph-uri},
     * the Graph Store's {@code graph}, ...) as absolute IRIs, in order: a relative one resolved
     * against {@code base}.
     *
     * @throws MalformedRequest naming the parameter, for an empty value or one that is no IRI
     */
    public static List<String> graphIris(String parameter, List<String> values, String base) {
        IRIx resolver = IRIx.create(base);
        return values.stream().map(value -> graphIri(parameter, value, resolver)).toList();
    }

    private static String graphIri(String parameter, String value, IRIx base) {
        if (value.isBlank()) {
            // An empty reference would resolve to the base itself: far likelier a client's slip than a graph's name.
            throw new MalformedRequest("An empty " + parameter + " parameter: give a graph's IRI, e.g. "
                    + parameter + "=" + base.str() + "graph/notes");
        }
        try {
            return base.resolve(value).str();
        } catch (IRIException e) {
            throw new MalformedRequest("The " + parameter + " parameter \"" + value
                    + "\" is not an IRI: " + e.getMessage());
        }
    }

    /** All values of a parameter, in order. */
    public static List<String> all(MultivaluedMap<String, String> params, String name) {
        return params.getOrDefault(name, List.of());
    }

    /** The body of a direct POST, refused when the URL carries an operation too. */
    private static String direct(byte[] body, String contentType, MultivaluedMap<String, String> urlParams, String operation) {
        if (contentType == null) {
            // The HTTP layer may hand a body without Content-Type to any POST method; the protocol names the type.
            throw new UnsupportedBody("A body without Content-Type: send the " + operation
                    + " as application/sparql-" + operation + " or as a " + WebContent.contentTypeHTMLForm + " form");
        }
        for (String name : List.of(QUERY, UPDATE)) {
            if (urlParams.containsKey(name)) {
                throw new MalformedRequest("The body holds the " + operation + " and the URL a "
                        + name + " parameter: send one operation a request");
            }
        }
        return utf8(body, contentType);
    }

    private static QueryRequest queryRequest(String query, MultivaluedMap<String, String> params) {
        List<String> formats = all(params, FORMAT);
        if (formats.size() > 1) {
            throw new MalformedRequest("More than one format parameter: ask for one format");
        }
        return new QueryRequest(nonBlank(query, "query"), all(params, DEFAULT_GRAPH), all(params, NAMED_GRAPH),
                formats.stream().findFirst(), timeout(params));
    }

    /** The {@code timeout} parameter: seconds, decimal, at least a millisecond. */
    private static Optional<Duration> timeout(MultivaluedMap<String, String> params) {
        List<String> values = all(params, TIMEOUT);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new MalformedRequest("More than one timeout parameter: send one timeout a request");
        }
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(values.get(0).strip());
        } catch (NumberFormatException e) {
            seconds = BigDecimal.ZERO;
        }
        if (seconds.compareTo(new BigDecimal("0.001")) < 0) {
            throw new MalformedRequest("Bad timeout \"" + values.get(0)
                    + "\": give seconds as a decimal number of at least 0.001, e.g. timeout=2.5");
        }
        return Optional.of(Duration.ofNanos(seconds.min(LONGEST_TIMEOUT).movePointRight(9).longValue()));
    }

    private static String single(MultivaluedMap<String, String> params, String name, String what) {
        List<String> values = all(params, name);
        if (values.size() > 1) {
            throw new MalformedRequest("More than one " + name + " parameter: send one " + what + " a request");
        }
        return nonBlank(values.isEmpty() ? null : values.get(0), what);
    }

    private static String utf8(byte[] body, String contentType) {
        Optional<String> charset = Optional.ofNullable(contentType).map(ContentType::create).map(ContentType::getCharset);
        if (charset.isPresent() && !charset.get().equalsIgnoreCase(WebContent.charsetUTF8)) {
            throw new UnsupportedBody("The body is in " + charset.get()
                    + "; the SPARQL protocol takes UTF-8 only");
        }
        return Utf8Body.text(body, "body");
    }

    private static String nonBlank(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new MalformedRequest("No " + what + ": send " + what + "=... "
                    + (what.equals("query") ? "(GET or form POST) or an " + WebContent.contentTypeSPARQLQuery
                    : "(form POST) or an " + WebContent.contentTypeSPARQLUpdate) + " body");
        }
        return text;
    }
}
