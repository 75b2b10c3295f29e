package org.newsgraph.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Core's architecture, checked over its compiled classes: no HTTP, no NLP, no package cycle, and
 * nothing outside the store's packages reaching into their implementations. Each rule is also
 * shown to fail on a small test-only class that breaks it.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = ArchitectureRules.mainClasses("org.newsgraph.core");
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.newsgraph.archfixture");

    @Test
    void coreKnowsNoHttpAndNoNlp() {
        ArchitectureRules.noHttpOrNlp().check(CORE);
    }

    @Test
    void onlyTheStoreReachesIntoItsImplementations() {
        ArchitectureRules.storeImplementationsStayBehindTheFacade().check(CORE);
    }

    @Test
    void coreHasNoPackageCycle() {
        ArchitectureRules.noPackageCycles().check(CORE);
    }

    @Test
    void theCoreWasImported() {
        assertTrue(CORE.contain(org.newsgraph.core.store.Store.class) && CORE.contain(org.newsgraph.core.store.tdb.TdbStore.class),
                "the rules above read core's classes");
    }

    @Test
    void anHttpClientBreaksTheRule() {
        fails(ArchitectureRules.noHttpOrNlp(), "java.net.http.HttpClient");
    }

    @Test
    void aClientOfTheTextIndexBreaksTheRule() {
        fails(ArchitectureRules.storeImplementationsStayBehindTheFacade(), "SearchIndex");
    }

    @Test
    void twoPackagesThatUseEachOtherBreakTheRule() {
        fails(ArchitectureRules.noPackageCycles(), "Cycle detected");
    }

    private static void fails(ArchRule rule, String naming) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(FIXTURES));
        assertTrue(error.getMessage().contains(naming), error::getMessage);
    }
}
