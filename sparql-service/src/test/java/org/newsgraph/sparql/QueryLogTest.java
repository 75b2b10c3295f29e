package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.http.QueryLog;

/** Each /sparql and /update request has an id, in its X-Query-Id header and in its INFO log line's MDC. */
@QuarkusTest
@WithTestResource(TestStore.class)
class QueryLogTest {
    /** The INFO lines of QueryLog, as "id message". */
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue() && record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                lines.add(ext.getMdc(QueryLog.ID) + " " + ext.getFormattedMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger logger = Logger.getLogger(QueryLog.class.getName());

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
    }

    @Test
    void aQueryHasAnIdInItsHeaderAndItsLogLine() {
        String id = Sparql.get("SELECT * { ?s ?p ?o } LIMIT 1", "text/csv").then().statusCode(200)
                .extract().header(QueryLog.HEADER);
        assertTrue(id.matches("[0-9a-f]{8}"), id);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(id + " GET /sparql SELECT 200 in ")), lines::toString);
        String next = Sparql.get("ASK {}", null).then().extract().header(QueryLog.HEADER);
        assertNotEquals(id, next);
    }

    @Test
    void aFailedRequestIsLoggedWithItsStatus() {
        String malformed = Sparql.get("SELECT * {", null).then().statusCode(400).extract().header(QueryLog.HEADER);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(malformed + " GET /sparql - 400 in ")), lines::toString);
        String update = given().formParam("update", "CLEAR ALL").post("/update").then().statusCode(403)
                .extract().header(QueryLog.HEADER);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(update + " POST /update - 403 in ")), lines::toString);
    }
}
