package org.newsgraph.sparql.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.architecture.ArchitectureRules;

/**
 * The service's architecture, checked over its compiled classes: it never reaches ingest, uses
 * the store through its facade only, and its packages form no cycle. That each rule fails on a
 * forbidden dependency is shown by core's and ingest's architecture tests.
 */
class ArchitectureTest {
    private static final JavaClasses SERVICE = ArchitectureRules.mainClasses("org.newsgraph.sparql");

    @Test
    void theServiceNeverReachesIngest() {
        ArchitectureRules.noIngest().check(SERVICE);
    }

    @Test
    void theServiceUsesTheStoreThroughItsFacade() {
        ArchitectureRules.storeImplementationsStayBehindTheFacade().check(SERVICE);
    }

    @Test
    void theServiceHasNoPackageCycle() {
        ArchitectureRules.noPackageCycles().check(SERVICE);
    }

    @Test
    void theServiceWasImported() {
        assertTrue(SERVICE.contain(org.newsgraph.sparql.query.QueryResource.class)
                && SERVICE.contain(org.newsgraph.sparql.http.ErrorResponses.class), "the rules above read the service's classes");
    }
}
