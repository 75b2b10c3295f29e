package org.newsgraph.ontology.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.ontology.NG;
import org.newsgraph.ontology.TestModels;

/**
 * The documentation covers every term, its links resolve, and the committed README.md matches
 * newsgraph.ttl. Also leaves the HTML page in {@code target/docs/ontology.html} for a look.
 */
class OntologyDocsTest {
    /** Set to true to rewrite README.md instead of comparing it. */
    static final String REGENERATE = "newsgraph.regenerateDocs";

    private final Model ontology = TestModels.ontology();
    private final OntologyDocs docs = OntologyDocs.of(ontology);

    @Test
    void htmlHasASectionForEveryTerm() throws IOException {
        String html = docs.html();
        Set<String> ids = matches(Pattern.compile(" id=\"([^\"]+)\""), html);
        Set<String> missing = new TreeSet<>();
        for (Resource term : terms()) {
            if (!ids.contains(term.getLocalName())) {
                missing.add(term.getLocalName());
            }
        }
        assertEquals(Set.of(), missing);

        Path page = Path.of("target", "docs", "ontology.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    @Test
    void everyAnchorLinkLeadsToASection() {
        String html = docs.html();
        Set<String> targets = matches(Pattern.compile("href=\"#([^\"]+)\""), html);
        targets.removeAll(matches(Pattern.compile(" id=\"([^\"]+)\""), html));
        assertEquals(Set.of(), targets);
    }

    @Test
    void htmlShowsAlignmentsAndUnions() {
        String html = docs.html();
        assertTrue(html.contains("<a href=\"http://semanticweb.cs.vu.nl/2009/11/sem/Event\"><code>sem:Event</code></a>"));
        assertTrue(html.contains("<a href=\"#Place\"><code>ng:Place</code></a> or <a href=\"#Country\"><code>ng:Country</code></a>"));
    }

    @Test
    void htmlEscapesText() {
        // ng:title's comment quotes "Foreign Minister"; a raw quote would be harmless here but not in an attribute.
        String html = docs.html();
        assertTrue(html.contains("&quot;Foreign Minister&quot;"));
        assertFalse(html.contains("\"Foreign Minister\""));
    }

    @Test
    void markdownListsEveryTerm() {
        String markdown = docs.markdown();
        for (Resource term : terms()) {
            assertTrue(markdown.contains("| `ng:" + term.getLocalName() + "` |"), term.getLocalName());
        }
    }

    @Test
    void readmeIsUpToDate() throws IOException {
        // Surefire runs in the module folder, where README.md lives.
        Path readme = Path.of("README.md");
        String expected = docs.markdown();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(readme, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "ontology/README.md is not what newsgraph.ttl generates; regenerate it with"
                + " `mvn -B -q -pl ontology install -D" + REGENERATE + "=true` from the project root");
    }

    @Test
    void rejectsAModelWithoutTheOntology() {
        assertThrows(IllegalArgumentException.class, () -> OntologyDocs.of(ModelFactory.createDefaultModel()));
    }

    private List<Resource> terms() {
        Set<Resource> terms = new HashSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS))
                    .forEach(terms::add);
        }
        assertFalse(terms.isEmpty());
        return List.copyOf(terms);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
