package org.newsgraph.ingest.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.architecture.ArchitectureRules;

/**
 * Ingest's architecture, checked over its compiled classes: it uses the store through its
 * facade only, and its packages form no cycle. Ingest is also where HTTP and CoreNLP are used,
 * and it is ingest itself: so the rules core and the service must keep fail here, as they must.
 */
class ArchitectureTest {
    private static final JavaClasses INGEST = ArchitectureRules.mainClasses("org.newsgraph.ingest");

    @Test
    void ingestUsesTheStoreThroughItsFacade() {
        ArchitectureRules.storeImplementationsStayBehindTheFacade().check(INGEST);
    }

    @Test
    void ingestHasNoPackageCycle() {
        ArchitectureRules.noPackageCycles().check(INGEST);
    }

    @Test
    void theRuleOfCoreCatchesCoreNlpAndHttp() {
        AssertionError error = assertThrows(AssertionError.class, () -> ArchitectureRules.noHttpOrNlp().check(INGEST));
        assertTrue(error.getMessage().contains("edu.stanford.nlp"), "CoreNLP is caught");
        assertTrue(error.getMessage().contains("java.net.http"), "the remote writer's HTTP client is caught");
    }

    @Test
    void theRuleOfTheServiceCatchesAnImportOfIngest() {
        AssertionError error = assertThrows(AssertionError.class, () -> ArchitectureRules.noIngest().check(INGEST));
        assertTrue(error.getMessage().contains("org.newsgraph.ingest.remote.RemoteSlugRegistry"), error::getMessage);
    }
}
