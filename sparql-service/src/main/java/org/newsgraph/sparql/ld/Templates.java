package org.newsgraph.sparql.ld;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The HTML of the linked-data pages, in {@code src/main/resources/templates/ld/}; Quarkus
 * checks every expression in them against these parameter types when it builds.
 */
@CheckedTemplate(basePath = "ld")
final class Templates {
    private Templates() {}

    /** The page of one IRI. */
    static native TemplateInstance entity(EntityPage page);

    /** The page of an IRI the store does not know. */
    static native TemplateInstance notFound(String message);
}
