package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The timeout parameter of /sparql, under the configured 30 s: seconds, decimal, downwards only. */
@QuarkusTest
@WithTestResource(TestStore.class)
class TimeoutParameterTest {

    @Test
    void aShortTimeoutStopsASlowQuery() {
        given().queryParam("query", QueryTimeoutTest.CROSS_PRODUCT).queryParam("timeout", "0.001").accept("text/csv")
                .get("/sparql").then().statusCode(503)
                .contentType(equalTo("text/plain; charset=utf-8")).body(containsString("limit of 1 ms and was stopped"));
    }

    @Test
    void aFormPostCarriesTheTimeoutToo() {
        given().formParam("query", QueryTimeoutTest.CROSS_PRODUCT).formParam("timeout", "0.001").accept("text/csv")
                .post("/sparql").then().statusCode(503).body(containsString("limit of 1 ms"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "1e9", "99999999999999999999"})
    void aTimeoutTheQueryMeetsAnswers(String seconds) {
        given().queryParam("query", "ASK {}").queryParam("timeout", seconds).accept("text/csv")
                .get("/sparql").then().statusCode(200).body(containsString("true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "0", "-1", "0.0001", "NaN"})
    void aBadTimeoutIs400(String seconds) {
        given().queryParam("query", "ASK {}").queryParam("timeout", seconds)
                .get("/sparql").then().statusCode(400).body(containsString("Bad timeout"));
    }

    @Test
    void twoTimeoutsAre400() {
        given().queryParam("query", "ASK {}").queryParam("timeout", "1", "2")
                .get("/sparql").then().statusCode(400).body(containsString("More than one timeout"));
    }
}
