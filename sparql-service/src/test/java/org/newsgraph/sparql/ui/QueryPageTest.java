package org.newsgraph.sparql.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.TestStore;

/** The query page and what it loads are served from the jar; every saved query runs. */
@QuarkusTest
@WithTestResource(TestStore.class)
class QueryPageTest {
    @Inject
    SavedQueries saved;

    @Test
    void thePageOffersTheSavedQueriesAndThePrefixes() {
        var page = given().get("/").then().statusCode(200).contentType(startsWith("text/html"));
        for (SavedQueries.SavedQuery query : saved.all()) {
            page.body(containsString("<option value=\"" + query.id() + "\""));
        }
        page.body(allOf(containsString("Pledges by pledger, with their sums per currency"),
                containsString("data-prefix=\"schema\" data-namespace=\"https://schema.org/\""),
                containsString("PREFIX ng: &lt;https://w3id.org/newsgraph/ontology#&gt;"),
                containsString("/_importmap/generated_importmap.js")));
    }

    @Test
    void theEditorsModulesComeFromTheJar() {
        given().get("/_importmap/generated_importmap.js").then().statusCode(200)
                .body(allOf(containsString("\"codemirror\""), containsString("@codemirror/view"),
                        containsString("@codemirror/language")));
        given().get("/webjars/codemirror__legacy-modes/mode/sparql.js").then().statusCode(200)
                .body(containsString("export const sparql"));
        given().get("/ui/query.js").then().statusCode(200).body(containsString("StreamLanguage.define(sparql)"));
    }

    @Test
    void everySavedQueryParsesAndRuns() {
        for (SavedQueries.SavedQuery query : saved.all()) {
            QueryFactory.create(query.text());
            byte[] body = given().formParam("query", query.text()).accept(ResultSetLang.RS_JSON.getHeaderString())
                    .post("/sparql").then().statusCode(200).extract().asByteArray();
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            int n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            if (query.id().equals("meetings")) {
                assertEquals(1, n, "the test store's one meeting");
            }
            if (query.id().equals("stories")) {
                assertEquals(1, n, "the test store's one story");
            }
        }
        assertTrue(saved.all().size() >= 6);
    }
}
