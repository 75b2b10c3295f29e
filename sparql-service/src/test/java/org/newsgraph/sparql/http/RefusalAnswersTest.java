package org.newsgraph.sparql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.refusal.Busy;
import org.newsgraph.sparql.refusal.DefaultGraphReadOnly;
import org.newsgraph.sparql.refusal.NoCredential;
import org.newsgraph.sparql.refusal.NotStorable;
import org.newsgraph.sparql.refusal.Refusal;

/** Each kind of refusal has its status, and those that call for headers get them. */
class RefusalAnswersTest {
    @Test
    void everyKindOfRefusalHasAnAnswer() {
        List<Class<?>> kinds = Arrays.asList(Refusal.class.getPermittedSubclasses());
        assertTrue(kinds.size() > 10, "the sealed list was read: " + kinds);
        kinds.forEach(kind -> assertTrue(RefusalAnswers.answers(kind), kind.getSimpleName() + " has no answer"));
    }

    @Test
    void refusalsThatCallForHeadersGetThem() {
        Response busy = RefusalAnswers.answer(new Busy("busy", Duration.ofSeconds(3))).build();
        assertEquals(503, busy.getStatus());
        assertEquals("3", busy.getHeaderString("Retry-After"));
        Response readOnly = RefusalAnswers.answer(new DefaultGraphReadOnly("read-only", List.of("GET", "HEAD"))).build();
        assertEquals(405, readOnly.getStatus());
        assertEquals("GET, HEAD", readOnly.getHeaderString("Allow"));
        Response noCredential = RefusalAnswers.answer(new NoCredential("none", List.of("Bearer", "Basic"))).build();
        assertEquals(401, noCredential.getStatus());
        assertEquals(List.of("Bearer realm=\"newsgraph\"", "Basic realm=\"newsgraph\""), noCredential.getStringHeaders().get("WWW-Authenticate"));
        assertEquals(422, RefusalAnswers.answer(new NotStorable("no triples")).build().getStatus());
    }
}
