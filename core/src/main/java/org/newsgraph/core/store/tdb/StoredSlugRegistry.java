package org.newsgraph.core.store.tdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.core.iri.SlugRegistry;

/**
 * The slug registry kept in the store's own default graph, which queries never see (they see
 * the union of the post graphs). Claims made while mapping a post stay pending until that post
 * is accepted, so a refused post leaves no trace. Used inside one write transaction only.
 */
final class StoredSlugRegistry implements SlugRegistry {
    static final Node OWNER = NodeFactory.createURI("urn:newsgraph:slug-owner");

    private final DatasetGraph dsg;
    private final Map<Node, List<String>> pending = new HashMap<>();

    StoredSlugRegistry(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public String claim(String folder, String wanted, String identity) {
        Node slot = NodeFactory.createURI("urn:newsgraph:slug:" + folder + "/" + wanted);
        List<String> owners = owners(slot);
        int index = owners.indexOf(identity);
        if (index < 0) {
            pending.computeIfAbsent(slot, k -> new ArrayList<>()).add(identity);
            index = owners.size();
        }
        return SlugRegistry.numbered(wanted, index);
    }

    /** Stores the pending claims. */
    void keep() {
        pending.forEach((slot, identities) -> {
            int next = stored(slot).size();
            for (String identity : identities) {
                dsg.getDefaultGraph().add(Triple.create(slot, OWNER,
                        NodeFactory.createLiteralString(next++ + "|" + identity)));
            }
        });
        pending.clear();
    }

    /** Forgets the pending claims. */
    void discard() {
        pending.clear();
    }

    private List<String> owners(Node slot) {
        List<String> owners = stored(slot);
        owners.addAll(pending.getOrDefault(slot, List.of()));
        return owners;
    }

    /** The stored owners of a slot, in the order they claimed it. */
    private List<String> stored(Node slot) {
        Map<Integer, String> byIndex = new HashMap<>();
        dsg.getDefaultGraph().find(slot, OWNER, Node.ANY).forEachRemaining(t -> {
            String value = t.getObject().getLiteralLexicalForm();
            int bar = value.indexOf('|');
            byIndex.put(Integer.parseInt(value.substring(0, bar)), value.substring(bar + 1));
        });
        List<String> owners = new ArrayList<>(byIndex.size());
        for (int i = 0; i < byIndex.size(); i++) {
            owners.add(byIndex.get(i));
        }
        return owners;
    }
}
