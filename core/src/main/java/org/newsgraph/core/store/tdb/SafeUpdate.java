package org.newsgraph.core.store.tdb;

import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.UpdateRefused;
import org.newsgraph.core.store.union.NamedGraphsView;
import org.newsgraph.core.store.union.UnionView;

/**
 * Checks a SPARQL Update before it runs, so that a request that would write to the default
 * graph is refused whole with a reason rather than failing half-way inside the transaction.
 * <pre>
 *   UpdateRequest runnable = SafeUpdate.of(UpdateFactory.create("CLEAR ALL"));   // CLEAR NAMED
 *   SafeUpdate.of(UpdateFactory.create("INSERT DATA { &lt;s&gt; &lt;p&gt; &lt;o&gt; }"));   // UpdateRefused
 * </pre>
 * The default graph here is the union of the named graphs, so {@code CLEAR ALL} and
 * {@code DROP ALL} mean emptying every named graph, and are run as {@code NAMED}: the
 * default graph ends up empty as SPARQL says, and the store's bookkeeping stays.
 * {@code LOAD} is refused as {@code SERVICE} is for queries: it would make the server fetch any address.
 * {@link NamedGraphsView} refuses the same writes again as they happen.
 */
final class SafeUpdate {
    private SafeUpdate() {}

    /** The request as it will run, {@code ALL} made {@code NAMED}. */
    static UpdateRequest of(UpdateRequest request) {
        UpdateRequest safe = new UpdateRequest();
        safe.setBase(request.getBase());
        safe.setPrefixMapping(request.getPrefixMapping());
        for (Update op : request) {
            safe.add(checked(op));
        }
        return safe;
    }

    private static Update checked(Update op) {
        if (op instanceof UpdateLoad) {
            throw new UpdateRefused("LOAD is disabled: this service does not fetch other addresses;"
                    + " send the data with a Graph Store PUT or POST instead");
        }
        if (op instanceof UpdateData data) {
            refuseDefault(data.getQuads(), "INSERT DATA or DELETE DATA");
        } else if (op instanceof UpdateDeleteWhere where) {
            refuseDefault(where.getQuads(), "DELETE WHERE");
        } else if (op instanceof UpdateModify modify && modify.getWithIRI() == null) {
            refuseDefault(modify.getInsertQuads(), "INSERT");
            refuseDefault(modify.getDeleteQuads(), "DELETE");
        } else if (op instanceof UpdateDropClear dropClear) {
            return dropOrClear(dropClear);
        } else if (op instanceof UpdateBinaryOp binary) {
            if (isDefault(binary.getDest()) || (op instanceof UpdateMove && isDefault(binary.getSrc()))) {
                throw refusal("ADD, COPY or MOVE that changes the default graph");
            }
        }
        return op;
    }

    private static Update dropOrClear(UpdateDropClear op) {
        if (isDefault(op.getTarget())) {
            throw refusal((op instanceof UpdateDrop ? "DROP" : "CLEAR") + " DEFAULT");
        }
        if (op.isAll()) {
            return op instanceof UpdateDrop ? new UpdateDrop(Target.NAMED, op.isSilent())
                    : new UpdateClear(Target.NAMED, op.isSilent());
        }
        return op;
    }

    /** DEFAULT, or a graph that names it: GRAPH <urn:x-arq:DefaultGraph> and <urn:x-arq:UnionGraph> too. */
    private static boolean isDefault(Target target) {
        return target.isDefault() || (target.isOneNamedGraph() && UnionView.isDefault(target.getGraph()));
    }

    private static void refuseDefault(List<Quad> quads, String what) {
        if (quads.stream().anyMatch(q -> Quad.isDefaultGraph(q.getGraph()))) {
            throw refusal(what + " with triples outside GRAPH");
        }
    }

    private static UpdateRefused refusal(String what) {
        return new UpdateRefused(what + " is refused: " + NamedGraphsView.DEFAULT_IS_UNION);
    }
}
