package org.newsgraph.sparql.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.newsgraph.ontology.NewsgraphOntology;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.ld.Ontology;

/**
 * The query page at {@code /}: a SPARQL editor (CodeMirror 6, served from the jar) with the
 * project's prefixes declared and completed, a menu of saved queries, and a results table.
 * The page runs queries against {@code /sparql} from the browser.
 * <pre>
 *   open http://localhost:8080/
 * </pre>
 */
@Path("/")
public class QueryPage {
    private final SavedQueries saved;
    private final Ontology ontology;
    private final ServiceConfig config;

    QueryPage(SavedQueries saved, Ontology ontology, ServiceConfig config) {
        this.saved = saved;
        this.ontology = ontology;
        this.config = config;
    }

    /** A prefix of the project, for the editor's completion. */
    public record Prefix(String prefix, String namespace) {}

    @CheckedTemplate(basePath = "ui")
    static final class Templates {
        private Templates() {}

        static native TemplateInstance index(List<SavedQueries.SavedQuery> queries, List<Prefix> prefixes,
                List<String> terms, String firstQuery, String base);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        List<Prefix> prefixes = NewsgraphOntology.PREFIXES.entrySet().stream()
                .map(p -> new Prefix(p.getKey(), p.getValue())).toList();
        return Templates.index(saved.all(), prefixes, ontology.terms(), saved.start(), config.base());
    }
}
