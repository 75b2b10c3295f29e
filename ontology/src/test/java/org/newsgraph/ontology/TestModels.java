package org.newsgraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/** The module's Turtle files, parsed strictly: a warning (a bad lexical form, a bad IRI) fails the test. */
public final class TestModels {
    /** Classpath path of the example post graph, which conforms to the shapes. */
    public static final String EXAMPLE_POST = "/org/newsgraph/ontology/example-post.ttl";

    private TestModels() {}

    /** A fresh copy of newsgraph.ttl. */
    public static Model ontology() {
        return parse(NewsgraphOntology.openOntology());
    }

    /** A fresh copy of newsgraph-shapes.ttl. */
    public static Model shapes() {
        return parse(NewsgraphOntology.openShapes());
    }

    /** A fresh copy of the example post graph, free for a test to change. */
    public static Model examplePost() {
        InputStream in = TestModels.class.getResourceAsStream(EXAMPLE_POST);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + EXAMPLE_POST);
        }
        return parse(in);
    }

    private static Model parse(InputStream input) {
        try (InputStream in = input) {
            return RDFParser.source(in).lang(Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .toModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
