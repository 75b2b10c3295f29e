package org.newsgraph.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.ontology.NewsgraphOntology;

/** Checks a post's graph against the ontology's SHACL shapes, parsed once. Thread-safe. */
final class ShapeValidator {
    private final Shapes shapes;

    ShapeValidator() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = NewsgraphOntology.openShapes()) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shapes = Shapes.parse(graph);
    }

    /** Empty when the graph conforms; otherwise one line per violation: focus node, path, message. */
    Optional<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) {
            return Optional.empty();
        }
        return Optional.of(report.getEntries().stream()
                .map(ShapeValidator::describe)
                .sorted()
                .collect(Collectors.joining("\n")));
    }

    /** The refusal of a post's graph that breaks the shapes; empty when it conforms. */
    Optional<WriteResult> refusal(String graphIri, Graph graph) {
        return violations(graph).map(why -> WriteResult.refused(graphIri, graph.size(), why));
    }

    private static String describe(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath();
        return FmtUtils.stringForNode(entry.focusNode()) + path + ": " + entry.message();
    }
}
