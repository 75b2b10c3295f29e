package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /q/health reports the store ready and the service live. */
@QuarkusTest
@WithTestResource(TestStore.class)
class HealthTest {

    @Test
    void healthIsUpWithTheStoreAnswering() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("store")).body("checks.name", hasItem("sparql-service"));
        given().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'store' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
