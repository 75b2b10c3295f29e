package org.newsgraph.sparql;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A syntax the service writes results in: the media type it offers and the Jena language that
 * writes it. The first format of each list is the default, given to clients that accept anything.
 * <pre>
 *   ResultFormat format = ResultFormat.choose(query, "text/csv;q=0.9, application/sparql-results+xml");
 *   format.contentType();   // application/sparql-results+xml; charset=utf-8
 * </pre>
 *
 * @param mediaType the media type, without parameters
 * @param lang      the Jena language of that media type
 */
record ResultFormat(String mediaType, Lang lang) {
    /** Formats of SELECT and ASK results. */
    static final List<ResultFormat> SOLUTIONS = List.of(
            new ResultFormat(WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON),
            new ResultFormat(WebContent.contentTypeResultsXML, ResultSetLang.RS_XML),
            new ResultFormat(WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV),
            new ResultFormat(WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV),
            // Plain JSON and XML, which generic HTTP clients ask for, get the SPARQL syntaxes.
            new ResultFormat(WebContent.contentTypeJSON, ResultSetLang.RS_JSON),
            new ResultFormat(WebContent.contentTypeXML, ResultSetLang.RS_XML));

    /** Formats of CONSTRUCT and DESCRIBE results. */
    static final List<ResultFormat> GRAPHS = List.of(
            new ResultFormat(WebContent.contentTypeTurtle, Lang.TURTLE),
            new ResultFormat(WebContent.contentTypeNTriples, Lang.NTRIPLES),
            new ResultFormat(WebContent.contentTypeJSONLD, Lang.JSONLD),
            new ResultFormat(WebContent.contentTypeRDFXML, Lang.RDFXML));

    /** The Content-Type header of a response in this format; every format here is text in UTF-8. */
    String contentType() {
        return mediaType + "; charset=" + WebContent.charsetUTF8;
    }

    /**
     * The format for the results of {@code query} that the Accept header prefers, by q-value and then
     * by the order of the offers; the default format when there is no header.
     *
     * @throws ProtocolException 406 when no format offered is acceptable, 400 for a query form with no results format
     */
    static ResultFormat choose(Query query, String accept) {
        List<ResultFormat> offers = switch (query.queryType()) {
            case SELECT, ASK -> SOLUTIONS;
            case CONSTRUCT, DESCRIBE -> GRAPHS;
            default -> throw new ProtocolException(Status.BAD_REQUEST,
                    "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered");
        };
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        AcceptList proposals = new AcceptList(accept);
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
            throw new ProtocolException(Status.NOT_ACCEPTABLE, "Cannot answer this query in " + accept
                    + "; it can be had in " + offers.stream().map(ResultFormat::mediaType).collect(Collectors.joining(", ")));
        }
        return best;
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
