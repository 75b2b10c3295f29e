package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.query.PagedQuery;
import org.newsgraph.sparql.query.QueryResource;

/**
 * The result cache: the same question again is answered from it, and any change to the store,
 * a client's Cache-Control: no-cache, or a query that differs run to run gets a fresh run.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class ResultCacheTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s <http://example.org/cache/mark> ?o }";

    @Test
    void theSameQueryAgainIsAnsweredFromTheCacheUntilTheStoreChanges() {
        String query = COUNT + " # " + UUID.randomUUID();   // a text no other test has asked
        Response first = ask(query);
        first.then().statusCode(200).header(QueryResource.CACHE, nullValue());
        Response second = ask(query);
        second.then().statusCode(200).header(QueryResource.CACHE, "hit");
        assertEquals(first.asString(), second.asString());

        String graph = "http://example.org/graph/cache-" + UUID.randomUUID();
        given().header("Authorization", Writable.BEARER).contentType("application/n-triples")
                .body("<http://example.org/s> <http://example.org/cache/mark> \"1\" .\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("graph", graph).put("/data").then().log().ifValidationFails().statusCode(201);
        Response afterWrite = ask(query);
        afterWrite.then().statusCode(200).header(QueryResource.CACHE, nullValue());
        assertNotEquals(first.asString(), afterWrite.asString(), "the write shows at once");
        given().header("Authorization", Writable.BEARER).queryParam("graph", graph).delete("/data").then().statusCode(204);
    }

    @Test
    void otherFormatsAndDatasetsAreOtherQuestions() {
        String query = COUNT + " # " + UUID.randomUUID();
        ask(query).then().statusCode(200);
        given().queryParam("query", query).accept("text/csv").get("/sparql").then().statusCode(200)
                .header(QueryResource.CACHE, nullValue());
        given().queryParam("query", query).queryParam("named-graph-uri", "http://example.org/graph/none")
                .accept("application/sparql-results+json").get("/sparql").then().statusCode(200)
                .header(QueryResource.CACHE, nullValue());
    }

    @Test
    void aClientMayAskForAFreshRun() {
        String query = COUNT + " # " + UUID.randomUUID();
        ask(query).then().statusCode(200);
        given().queryParam("query", query).accept("application/sparql-results+json").header("Cache-Control", "no-cache")
                .get("/sparql").then().statusCode(200).header(QueryResource.CACHE, nullValue());
    }

    @Test
    void aQueryWhoseAnswerChangesRunToRunIsNeverKept() {
        String query = "SELECT (NOW() AS ?t) (STRUUID() AS ?u) {} # " + UUID.randomUUID();
        String first = ask(query).asString();
        Response second = ask(query);
        second.then().statusCode(200).header(QueryResource.CACHE, nullValue()).body(not(containsString("\"hit\"")));
        assertNotEquals(first, second.asString());
    }

    @Test
    void pagesOfOneOrderedResultShareOneEvaluation() {
        // Ten rows of this test's own, apart from what other tests write or clear.
        String mark = "http://example.org/cache/row-" + UUID.randomUUID();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            rows.append("<http://example.org/s/").append(i).append("> <").append(mark).append("> \"").append(i).append("\" .\n");
        }
        String graph = "http://example.org/graph/rows-" + UUID.randomUUID();
        given().header("Authorization", Writable.BEARER).contentType("application/n-triples")
                .body(rows.toString().getBytes(StandardCharsets.UTF_8)).queryParam("graph", graph).put("/data")
                .then().statusCode(201);
        try {
            String ordered = "SELECT ?s ?o { ?s <" + mark + "> ?o } ORDER BY ?o";
            ask(ordered + " LIMIT 3").then().statusCode(200).header(QueryResource.CACHE, nullValue());

            for (String page : new String[] {" LIMIT 4 OFFSET 2", " OFFSET 6 LIMIT 2", " LIMIT 1", " OFFSET 8 LIMIT 5"}) {
                Response cut = ask(ordered + page);
                cut.then().statusCode(200).header(QueryResource.CACHE, "hit");
                assertEquals(fresh(ordered + page, "application/sparql-results+json"), cut.asString(), page);
            }
            Response csv = given().queryParam("query", ordered + " LIMIT 5 OFFSET 1").accept("text/csv").get("/sparql");
            csv.then().statusCode(200).header(QueryResource.CACHE, "hit");
            assertEquals(fresh(ordered + " LIMIT 5 OFFSET 1", "text/csv"), csv.asString());
            assertEquals(List.of("s,o", "http://example.org/s/1,1", "http://example.org/s/2,2", "http://example.org/s/3,3",
                    "http://example.org/s/4,4", "http://example.org/s/5,5"), csv.asString().lines().toList());
        } finally {
            given().header("Authorization", Writable.BEARER).queryParam("graph", graph).delete("/data").then().statusCode(204);
        }
    }

    @Test
    void pagesAreCutFromRowsOfTheStoreAsItIsNow() {
        String ordered = "SELECT ?o { ?s <http://example.org/cache/page> ?o FILTER (?o != \"" + UUID.randomUUID() + "\") } ORDER BY ?o";
        ask(ordered + " LIMIT 2").then().statusCode(200).body(not(containsString("added")));
        String graph = "http://example.org/graph/page-" + UUID.randomUUID();
        given().header("Authorization", Writable.BEARER).contentType("application/n-triples")
                .body("<http://example.org/s> <http://example.org/cache/page> \"added\" .\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("graph", graph).put("/data").then().statusCode(201);
        try {
            Response after = ask(ordered + " LIMIT 3");
            after.then().statusCode(200).header(QueryResource.CACHE, nullValue()).body(containsString("added"));
        } finally {
            given().header("Authorization", Writable.BEARER).queryParam("graph", graph).delete("/data").then().statusCode(204);
        }
    }

    @Test
    void pagesPastTheKeptRowsRunOnTheirOwn() {
        String ordered = "SELECT ?s { ?s ?p ?o FILTER (?o != \"" + UUID.randomUUID() + "\") } ORDER BY ?s";
        long past = PagedQuery.WINDOW;
        ask(ordered + " LIMIT 10 OFFSET " + (past - 5)).then().statusCode(200);
        ask(ordered + " LIMIT 10 OFFSET " + (past - 4)).then().statusCode(200).header(QueryResource.CACHE, nullValue());
        ask(ordered + " LIMIT 10 OFFSET " + (past - 4)).then().statusCode(200).header(QueryResource.CACHE, "hit"); // as a whole answer
    }

    private static String fresh(String query, String accept) {
        Response response = given().queryParam("query", query).accept(accept).header("Cache-Control", "no-cache").get("/sparql");
        response.then().statusCode(200).header(QueryResource.CACHE, nullValue());
        return response.asString();
    }

    private static Response ask(String query) {
        return given().queryParam("query", query).accept("application/sparql-results+json").get("/sparql");
    }
}
