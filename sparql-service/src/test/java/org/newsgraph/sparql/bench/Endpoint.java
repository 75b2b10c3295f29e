package org.newsgraph.sparql.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSet;

/**
 * A SPARQL endpoint as the benchmark's clients ask it: a direct POST of the query text, SPARQL
 * JSON results, the whole body read. One HTTP/1.1 client with kept-alive connections serves all
 * threads, for all servers alike. The client gives up a little after the servers' own query timeout.
 */
record Endpoint(String name, URI uri, HttpClient http, Duration timeout) {
    static final String JSON = "application/sparql-results+json";
    /** What newsgraph and Fuseki answer when they stop a query at their timeout. */
    static final int TIMED_OUT = 503;

    static Endpoint of(String name, URI uri, Duration timeout) {
        return new Endpoint(name, uri, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), timeout);
    }

    /** Sends a query and reads the whole answer, whatever its status. */
    HttpResponse<byte[]> send(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Whether a server stopped the query at its timeout (not: refused it for being busy, which says when to retry). */
    static boolean timedOut(HttpResponse<?> response) {
        return response.statusCode() == TIMED_OUT && response.headers().firstValue("Retry-After").isEmpty();
    }

    /** The number of rows of a SELECT; fails on any answer but 200 with SPARQL JSON. */
    int rows(String query) throws IOException, InterruptedException {
        return answer(query).orElseThrow(() -> new BenchmarkFailed(name + " timed out on\n" + query)).size();
    }

    /**
     * The rows of a SELECT, each as its values compared by value rather than by lexical form
     * (servers canonicalise numbers and dateTimes differently), sorted; empty when the server or
     * the client gave up at the timeout. Fails on any other answer but 200 with SPARQL JSON.
     */
    Optional<List<String>> answer(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = send(query);
        } catch (HttpTimeoutException e) {
            return Optional.empty();
        }
        if (timedOut(response)) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new BenchmarkFailed(name + " answered " + response.statusCode() + " to\n" + query + "\n"
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        List<String> rows = new ArrayList<>();
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        while (results.hasNext()) {
            TreeMap<String, String> values = new TreeMap<>();
            results.nextBinding().forEach((variable, node) -> values.put(variable.getVarName(), value(node)));
            rows.add(values.toString());
        }
        rows.sort(null);
        return Optional.of(rows);
    }

    /** A term by its value: numbers as plain decimals, dateTimes as instants, booleans as true/false, strings without xsd:string. */
    static String value(Node node) {
        if (!node.isLiteral()) {
            return node.isURI() ? "<" + node.getURI() + ">" : "_:";
        }
        String lexical = node.getLiteralLexicalForm();
        String type = node.getLiteralDatatypeURI();
        if (!node.getLiteralLanguage().isEmpty()) {
            return '"' + lexical + "\"@" + node.getLiteralLanguage().toLowerCase(Locale.ROOT);
        }
        try {
            if (XSDDatatype.XSDdateTime.getURI().equals(type)) {
                return OffsetDateTime.parse(lexical).toInstant().toString();
            }
            if (node.getLiteralDatatype() instanceof XSDDatatype && node.getLiteralValue() instanceof Number) {
                return new BigDecimal(lexical.strip()).stripTrailingZeros().toPlainString();
            }
            if (node.getLiteralValue() instanceof Boolean truth) {   // Virtuoso writes "1" for true
                return truth.toString();
            }
        } catch (DateTimeParseException | NumberFormatException | DatatypeFormatException notCanonical) {
            // a dateTime without a zone, or a double such as INF: compared as written
        }
        return XSDDatatype.XSDstring.getURI().equals(type) ? '"' + lexical + '"' : '"' + lexical + "\"^^" + type;
    }
}
