package org.newsgraph.sparql.ld;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.microprofile.config.ConfigProvider;
import org.newsgraph.ontology.NG;

/**
 * The IRIs of the test store ({@link org.newsgraph.sparql.TestStore}'s ferry strike) and small
 * readers of the service's answers, for the linked-data tests. Call only while the service runs.
 */
final class Fixture {
    static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private Fixture() {}

    /** The base the service under test mints under: not its own address, so links are local paths. */
    static String base() {
        return ConfigProvider.getConfig().getValue("newsgraph.base", String.class);
    }

    static String iri(String path) {
        return base() + path;
    }

    /** The path at which the service answers for {@code iri}. */
    static String local(String iri) {
        return "/" + iri.substring(base().length());
    }

    /** The post with this headline, found through the query endpoint. */
    static String post(String headline) {
        List<String> posts = column(PREFIXES + "SELECT ?post { ?post ng:headline \"" + headline + "\" }", "post");
        if (posts.size() != 1) {
            throw new IllegalStateException("the test store has " + posts.size() + " posts headed " + headline);
        }
        return posts.get(0);
    }

    /** The values of {@code variable} in each row of a SELECT answered by /sparql. */
    static List<String> column(String query, String variable) {
        byte[] body = given().queryParam("query", query).accept(ResultSetLang.RS_JSON.getHeaderString())
                .get("/sparql").then().statusCode(200).extract().asByteArray();
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        rows.forEachRemaining(row -> values.add(row.get(variable).isLiteral()
                ? row.getLiteral(variable).getLexicalForm() : row.getResource(variable).getURI()));
        return values;
    }

    /** The one number a COUNT query answers. */
    static long count(String query) {
        return Long.parseLong(column(query, "n").get(0));
    }

    /** The graph in a response body. */
    static Graph graph(Response response, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(response.asByteArray())).lang(lang).toGraph();
    }
}
