package org.newsgraph.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules the modules' architecture tests check over the compiled classes, shared through
 * core's test-jar:
 * <pre>
 *   ArchitectureRules.noPackageCycles().check(ArchitectureRules.mainClasses("org.newsgraph.sparql"));
 * </pre>
 * Each rule is shown to fail on a forbidden dependency by {@code ArchitectureTest}.
 */
public final class ArchitectureRules {
    /** Where the store's implementations live: only {@code org.newsgraph.core.store..} itself may reach them. */
    public static final String[] STORE_IMPLEMENTATIONS = {"org.newsgraph.core.store.tdb..", "org.newsgraph.core.store.union..",
            "org.newsgraph.core.store.memory..", "org.newsgraph.core.store.search..", "org.newsgraph.core.store.layout.."};

    private ArchitectureRules() {}

    /** The main (not test) classes of the packages, and those beneath them. */
    public static JavaClasses mainClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages);
    }

    /** No HTTP (java.net.http, JAX-RS, Vert.x, Quarkus) and no NLP (CoreNLP): core knows neither. */
    public static ArchRule noHttpOrNlp() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "jakarta.ws.rs..",
                "io.vertx..", "io.quarkus..", "edu.stanford..")
                .because("core knows no HTTP and no NLP; its clients bring those");
    }

    /** Nothing of ingest: the service never reaches it (CoreNLP is GPL-3.0). */
    public static ArchRule noIngest() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("org.newsgraph.ingest..")
                .because("the service must not put ingest, and with it CoreNLP, on its classpath");
    }

    /** Clients use the store's facade ({@code org.newsgraph.core.store}), never its implementations. */
    public static ArchRule storeImplementationsStayBehindTheFacade() {
        return noClasses().that().resideOutsideOfPackage("org.newsgraph.core.store..")
                .should().dependOnClassesThat().resideInAnyPackage(STORE_IMPLEMENTATIONS)
                .because("Store, its results and refusals are what clients may use");
    }

    /**
     * No cycle between packages. One edge is left out: the facade's {@code Store.open} and
     * {@code Store.inMemory} open the TDB2 implementation, which implements the facade.
     */
    public static ArchRule noPackageCycles() {
        return slices().matching("org.newsgraph.(**)").should().beFreeOfCycles()
                .ignoreDependency(describe("the store's facade", (JavaClass c) -> c.getPackageName().equals("org.newsgraph.core.store")),
                        describe("the TDB2 store it opens", (JavaClass c) -> c.getPackageName().equals("org.newsgraph.core.store.tdb")));
    }
}
