package org.newsgraph.sparql.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.NoAcceptableFormat;

/**
 * A syntax the service writes results in: the media type it offers, the Jena language that
 * writes it and the short names a {@code format} parameter may use for it. The first format of
 * each list is the default, given to clients that accept anything.
 * <pre>
 *   ResultFormat format = ResultFormat.choose(ResultFormat.SOLUTIONS, "text/csv;q=0.9, application/sparql-results+xml", Optional.empty());
 *   format.contentType();   // application/sparql-results+xml; charset=utf-8
 *   ResultFormat.choose(ResultFormat.GRAPHS, null, Optional.of("nt")).mediaType();   // application/n-triples
 * </pre>
 *
 * @param mediaType the media type, without parameters
 * @param lang      the Jena language of that media type
 * @param names     what {@code format=} may say for it, besides its media type
 */
public record ResultFormat(String mediaType, Lang lang, List<String> names) {
    /** Formats of SELECT and ASK results. */
    public static final List<ResultFormat> SOLUTIONS = List.of(
            new ResultFormat(WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON, List.of("json", "srj")),
            new ResultFormat(WebContent.contentTypeResultsXML, ResultSetLang.RS_XML, List.of("xml", "srx")),
            new ResultFormat(WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV, List.of("csv")),
            new ResultFormat(WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV, List.of("tsv")),
            // Plain JSON and XML, which generic HTTP clients ask for, get the SPARQL syntaxes.
            new ResultFormat(WebContent.contentTypeJSON, ResultSetLang.RS_JSON, List.of()),
            new ResultFormat(WebContent.contentTypeXML, ResultSetLang.RS_XML, List.of()));

    /** Formats of graphs: CONSTRUCT and DESCRIBE results, and the Graph Store's graphs. */
    public static final List<ResultFormat> GRAPHS = List.of(
            new ResultFormat(WebContent.contentTypeTurtle, Lang.TURTLE, List.of("ttl", "turtle")),
            new ResultFormat(WebContent.contentTypeNTriples, Lang.NTRIPLES, List.of("nt", "ntriples", "n-triples")),
            new ResultFormat(WebContent.contentTypeJSONLD, Lang.JSONLD, List.of("jsonld", "json-ld", "json")),
            new ResultFormat(WebContent.contentTypeRDFXML, Lang.RDFXML, List.of("rdfxml", "rdf", "xml", "owl")),
            // A graph in a dataset syntax: CONSTRUCT's GRAPH templates, or a Graph Store graph under its name.
            new ResultFormat(WebContent.contentTypeTriG, Lang.TRIG, List.of("trig")),
            new ResultFormat(WebContent.contentTypeNQuads, Lang.NQUADS, List.of("nq", "nquads", "n-quads")));

    public ResultFormat {
        names = List.copyOf(names);
    }

    /** The Content-Type header of a response in this format; every format here is text in UTF-8. */
    public String contentType() {
        return mediaType + "; charset=" + WebContent.charsetUTF8;
    }

    /** Whether this is a syntax of named graphs only (TriG, N-Quads); JSON-LD holds either, and is written as a graph. */
    public boolean isDataset() {
        return RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang);
    }

    /** The formats of a query's results. @throws MalformedRequest for a query form without results */
    public static List<ResultFormat> offersFor(Query query) {
        return switch (query.queryType()) {
            case SELECT, ASK -> SOLUTIONS;
            case CONSTRUCT, DESCRIBE -> GRAPHS;
            default -> throw new MalformedRequest(
                    "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered");
        };
    }

    /**
     * The format of {@code offers} that the {@code format} parameter names (a short name or a media
     * type), else the one the Accept header prefers, by q-value and then by the order of the offers;
     * the default format when there is neither.
     *
     * @throws MalformedRequest for a {@code format} no offer has, NoAcceptableFormat when no offer is acceptable
     */
    public static ResultFormat choose(List<ResultFormat> offers, String accept, Optional<String> format) {
        if (format.isPresent()) {
            return named(offers, format.get());
        }
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        AcceptList proposals = AcceptHeader.parse(accept);
        ResultFormat best = null;
        double bestQ = 0;
        for (ResultFormat offer : offers) {
            double q = quality(proposals, MediaType.create(offer.mediaType()));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        if (best == null) {
            throw new NoAcceptableFormat("Cannot answer this in " + accept
                    + "; it can be had in " + offers.stream().map(ResultFormat::mediaType).collect(Collectors.joining(", ")));
        }
        return best;
    }

    private static ResultFormat named(List<ResultFormat> offers, String format) {
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        return offers.stream().filter(f -> f.mediaType().equals(wanted) || f.names().contains(wanted)).findFirst()
                .orElseThrow(() -> new MalformedRequest("format=" + format
                        + " is not a format of this answer; use one of " + offers.stream()
                        .flatMap(f -> f.names().isEmpty() ? Stream.of(f.mediaType()) : f.names().stream())
                        .distinct().collect(Collectors.joining(", "))));
    }

    /**
     * The q-value the Accept header gives a media type: that of the most specific range matching it,
     * as RFC 9110 (12.5.1) says, so that {@code text/csv;q=0, *}{@code /*} refuses CSV; 0 when no range matches.
     * (Jena's {@code AcceptList.match} weighs the ranges by q first, and would give CSV the q of {@code *}{@code /*}.)
     */
    private static double quality(AcceptList proposals, MediaType offer) {
        double q = 0;
        int specificity = -1;
        for (MediaRange range : proposals.entries()) {
            int rangeSpecificity = range.getType().equals("*") ? 0 : range.getSubType().equals("*") ? 1 : 2;
            if (range.accepts(offer) && rangeSpecificity > specificity) {
                q = range.get_q();
                specificity = rangeSpecificity;
            }
        }
        return q;
    }
}
