package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.refusal.NotFound;
import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * Turns what a client sends as an entity or a story into a node of the store: the text must
 * be an absolute IRI (or a path {@code id/...} under the store's base) and the store must hold
 * an entity or a story by that IRI.
 * <pre>
 *   subjects.entity("http://localhost:8080/id/person/ines-varga");   // the node
 *   subjects.entity("person/x> } ?s ?p ?o {");                        // 400: not an IRI
 *   subjects.entity("http://localhost:8080/id/person/nobody");        // 404
 * </pre>
 * The IRI is parsed by Jena's IRI parser, which refuses spaces, quotes, angle brackets and
 * braces; and the node is only ever bound as a value, never written into query text.
 */
@ApplicationScoped
class Subjects {
    /** Longer IRIs are refused before parsing; none the store mints comes near. */
    static final int MAX_IRI_LENGTH = 2048;
    private static final Query IS_ENTITY = GraphQueries.parse("""
            ASK { ?entity a ?type FILTER(?type IN (ng:Agent, ng:Person, ng:Organisation, ng:Country, ng:Place)) }
            """);
    private static final Query IS_STORY = GraphQueries.parse("ASK { ?story a ng:Story }");

    private final GraphQueries queries;
    private final String base;

    Subjects(GraphQueries queries, ServiceConfig config) {
        this.queries = queries;
        this.base = config.base();
    }

    /** The person, organisation, country or place named by {@code text}, a parameter called {@code parameter}. */
    Node entity(String parameter, String text) {
        Node node = iri(parameter, text);
        if (!queries.ask(IS_ENTITY, Map.of("entity", node))) {
            throw new NotFound("The store knows no person, organisation, country or place "
                    + node.getURI());
        }
        return node;
    }

    /** The story named by {@code text}, a parameter called {@code parameter}. */
    Node story(String parameter, String text) {
        Node node = iri(parameter, text);
        if (!queries.ask(IS_STORY, Map.of("story", node))) {
            throw new NotFound("The store knows no story " + node.getURI());
        }
        return node;
    }

    /** The IRI in {@code text}: 400 when there is none or it is malformed. */
    Node iri(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedRequest("Give an IRI as " + parameter + "=...");
        }
        if (text.length() > MAX_IRI_LENGTH) {
            throw new MalformedRequest("The IRI in " + parameter + " is longer than "
                    + MAX_IRI_LENGTH + " characters");
        }
        String full = text.startsWith("/id/") || text.startsWith("id/") ? base + text.replaceFirst("^/", "") : text;
        try {
            IRIx iri = IRIx.create(full);
            if (!iri.isAbsolute()) {
                throw new MalformedRequest(parameter + " is not an absolute IRI: " + text);
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new MalformedRequest(parameter + " is not an IRI: " + e.getMessage());
        }
    }
}
