package org.newsgraph.sparql.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.architecture.ArchitectureRules;

/**
 * The service's architecture, checked over its compiled classes: it never reaches ingest, uses
 * the store through its facade only, its packages form no cycle, its services speak no HTTP, and
 * only its http package answers errors.
 * That the shared rules fail on a forbidden dependency is shown by core's and ingest's
 * architecture tests; the service's own rules are shown to fail here.
 */
class ArchitectureTest {
    private static final JavaClasses SERVICE = ArchitectureRules.mainClasses("org.newsgraph.sparql");
    /** Services answer with values or throw refusals; resources and the one mapper make them HTTP. */
    private static final ArchRule SERVICES_SPEAK_NO_HTTP = noClasses().that().haveSimpleNameEndingWith("Service")
            .or().resideInAPackage("org.newsgraph.sparql.refusal..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("a service says what went wrong (a refusal), and http.ErrorResponses chooses the status and format");

    /** An error's status is chosen in one place: elsewhere a refusal is thrown and the mapper answers it. */
    private static final ArchRule ONLY_HTTP_ANSWERS_ERRORS = noClasses().that().resideOutsideOfPackage("org.newsgraph.sparql.http..")
            .should().accessFieldWhere(DescribedPredicate.describe("an error status of Response.Status",
                    access -> access.getTargetOwner().isEquivalentTo(Response.Status.class) && errorStatus(access.getName())))
            .because("a page throws a refusal and http.ErrorResponses answers it, in the ErrorFormat of the page's path");

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
    void servicesAndRefusalsSpeakNoHttp() {
        SERVICES_SPEAK_NO_HTTP.check(SERVICE);
    }

    @Test
    void aServiceThatBuildsAResponseBreaksTheRule() {
        assertTrue(SERVICES_SPEAK_NO_HTTP.evaluate(new ClassFileImporter().importClasses(RespondingService.class)).hasViolation());
    }

    @Test
    void onlyHttpAnswersErrors() {
        ONLY_HTTP_ANSWERS_ERRORS.check(SERVICE);
    }

    @Test
    void aClassThatAnswersItsOwnErrorBreaksTheRule() {
        assertTrue(ONLY_HTTP_ANSWERS_ERRORS.evaluate(new ClassFileImporter().importClasses(RespondingService.class)).hasViolation());
    }

    private static boolean errorStatus(String constant) {
        return Arrays.stream(Response.Status.values()).filter(status -> status.name().equals(constant))
                .anyMatch(status -> status.getStatusCode() >= 400);
    }

    @Test
    void theServiceWasImported() {
        assertTrue(SERVICE.contain(org.newsgraph.sparql.query.QueryResource.class)
                && SERVICE.contain(org.newsgraph.sparql.http.ErrorResponses.class), "the rules above read the service's classes");
    }
}
