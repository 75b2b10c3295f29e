package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.refusal.TimedOut;

/**
 * Runs the exploration's fixed queries over the union of the post graphs, with the request's
 * IRIs bound as values: substituted for a variable, or as a VALUES table at the head of the
 * WHERE clause. No input ever becomes query text.
 * <pre>
 *   List&lt;Binding&gt; rows = queries.select(EVENTS, Map.of("entity", iri));
 *   List&lt;Binding&gt; more = queries.select(DETAILS, Map.of(), "event", eventNodes);
 * </pre>
 * Every query stops after {@code newsgraph.query-timeout} (or the time a caller gives), and the
 * request is answered with 503.
 */
@ApplicationScoped
class GraphQueries {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private final Store store;
    private final Duration timeout;

    GraphQueries(Store store, ServiceConfig config) {
        this.store = store;
        this.timeout = config.queryTimeout();
    }

    /** A query of the exploration, with the ng: and rdfs: prefixes declared. */
    static Query parse(String text) {
        return QueryFactory.create(PREFIXES + text);
    }

    /** The time one query may run. */
    Duration timeout() {
        return timeout;
    }

    /** The rows of a SELECT with {@code bound} substituted for its variables. */
    List<Binding> select(Query query, Map<String, Node> bound) {
        return run(query, bound, timeout);
    }

    /** The rows of a SELECT joined with a table of {@code values} for {@code variable}; none when there are none. */
    List<Binding> select(Query query, Map<String, Node> bound, String variable, Collection<Node> values) {
        return select(query, bound, variable, values, timeout);
    }

    /** As {@link #select(Query, Map, String, Collection)}, stopped after {@code limit}. */
    List<Binding> select(Query query, Map<String, Node> bound, String variable, Collection<Node> values,
            Duration limit) {
        if (values.isEmpty()) {
            return List.of();
        }
        return run(withValues(query, variable, values), bound, limit);
    }

    /** Whether an ASK holds with {@code bound} substituted. */
    boolean ask(Query query, Map<String, Node> bound) {
        return store.read(view -> builder(view, query, bound, timeout).ask());
    }

    private List<Binding> run(Query query, Map<String, Node> bound, Duration limit) {
        try {
            return store.read(view -> {
                try (QueryExec exec = builder(view, query, bound, limit).build()) {
                    List<Binding> rows = new ArrayList<>();
                    // Detached: a TDB2 row decodes its nodes lazily, which fails once the transaction ends.
                    exec.select().forEachRemaining(row -> rows.add(row.detach()));
                    return rows;
                }
            });
        } catch (QueryCancelledException e) {
            throw new TimedOut("exploration", limit, "ask for less (a smaller limit or a shorter path)", e);
        }
    }

    private static QueryExecBuilder builder(DatasetGraph view, Query query,
            Map<String, Node> bound, Duration limit) {
        QueryExecBuilder builder = QueryExec.dataset(view).query(query).timeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        bound.forEach(builder::substitution);
        return builder;
    }

    /** A copy of {@code query} whose WHERE starts with {@code VALUES ?variable { values }}. */
    private static Query withValues(Query query, String variable, Collection<Node> values) {
        Var var = Var.alloc(variable);
        ElementData data = new ElementData();
        data.add(var);
        values.forEach(node -> data.add(BindingFactory.binding(var, node)));
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        where.addElement(query.getQueryPattern());
        Query copy = query.cloneQuery();
        copy.setQueryPattern(where);
        return copy;
    }
}
