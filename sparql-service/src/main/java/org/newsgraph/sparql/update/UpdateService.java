package org.newsgraph.sparql.update;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.NestingDepth;
import org.newsgraph.sparql.http.QueryLog;
import org.newsgraph.sparql.http.SparqlProtocol;
import org.newsgraph.sparql.refusal.TimedOut;
import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * Runs SPARQL updates on the store, in one write transaction each, through {@link Store#update}:
 * the named graphs change, the default graph stays the read-only union of them.
 * <pre>
 *   updates.run("INSERT DATA { GRAPH &lt;http://example.org/g&gt; { &lt;s&gt; &lt;p&gt; 1 } }", List.of(), List.of());
 * </pre>
 * {@code using-graph-uri} and {@code using-named-graph-uri} become the USING and USING NAMED of
 * every operation with a WHERE clause; an operation with its own USING or WITH is then
 * ambiguous, and refused with 400 as the protocol says. Relative IRIs, in the update and in those
 * parameters, resolve against the store's base.
 */
@ApplicationScoped
class UpdateService {
    private static final Logger LOG = Logger.getLogger(UpdateService.class);

    private final Store store;
    private final ServiceConfig config;

    UpdateService(Store store, ServiceConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * Parses and runs an update.
     *
     * @throws MalformedRequest for a malformed update, a using-graph-uri or using-named-graph-uri that
     *                          is no IRI, or USING/WITH beside those parameters
     * @throws org.newsgraph.core.store.UpdateRefused when it would write to the default graph
     * @throws TimedOut when it ran longer than newsgraph.update-timeout; it was rolled back
     */
    void run(String text, List<String> usingGraphs, List<String> usingNamedGraphs) {
        LOG.debugf("update: %s", text);
        MDC.put(QueryLog.FORM, "UPDATE");
        NestingDepth.check(text, "update");
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, config.base());
        } catch (QueryParseException e) {
            throw new MalformedRequest("Malformed update: " + e.getMessage());
        }
        List<String> graphs = SparqlProtocol.graphIris(SparqlProtocol.USING_GRAPH, usingGraphs, config.base());
        List<String> namedGraphs = SparqlProtocol.graphIris(SparqlProtocol.USING_NAMED_GRAPH, usingNamedGraphs, config.base());
        if (!graphs.isEmpty() || !namedGraphs.isEmpty()) {
            for (Update op : request) {
                if (op instanceof UpdateWithUsing modify) {
                    using(modify, graphs, namedGraphs);
                }
            }
        }
        try {
            store.update(request, config.updateTimeout());
        } catch (QueryCancelledException e) {
            throw new TimedOut("update", config.updateTimeout(), "nothing changed; narrow its WHERE clause", e);
        }
    }

    private static void using(UpdateWithUsing op, List<String> graphs, List<String> namedGraphs) {
        if (!op.getUsing().isEmpty() || !op.getUsingNamed().isEmpty() || op.getWithIRI() != null) {
            throw new MalformedRequest("The update has USING or WITH and the request has "
                    + SparqlProtocol.USING_GRAPH + " or " + SparqlProtocol.USING_NAMED_GRAPH + ": say the dataset once");
        }
        graphs.forEach(g -> op.addUsing(NodeFactory.createURI(g)));
        namedGraphs.forEach(g -> op.addUsingNamed(NodeFactory.createURI(g)));
    }
}
