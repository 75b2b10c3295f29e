package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.newsgraph.ontology.NG;

/** Requests to the endpoint under test, and readers of what it answers, for the tests. */
final class Sparql {
    static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    /** The Content-Type of a direct query POST; rest-assured would otherwise append charset=ISO-8859-1, which the protocol refuses. */
    static final String QUERY_BODY = "application/sparql-query; charset=utf-8";

    private Sparql() {}

    /** GET /sparql?query=... with an Accept header, or none when {@code accept} is null. */
    static Response get(String query, String accept) {
        var request = given().queryParam("query", query);
        if (accept != null) {
            request.accept(accept);
        }
        return request.get("/sparql");
    }

    /** The values of {@code variable} in each row of a result, in order. */
    static List<String> column(Response response, Lang lang, String variable) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.asByteArray()), lang);
        List<String> values = new ArrayList<>();
        rows.forEachRemaining(row -> values.add(row.get(variable).isLiteral()
                ? row.getLiteral(variable).getLexicalForm() : row.getResource(variable).getURI()));
        return values;
    }

    /** The graph in a response body. */
    static Graph graph(Response response, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(response.asByteArray())).lang(lang).toGraph();
    }

    static String text(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }
}
