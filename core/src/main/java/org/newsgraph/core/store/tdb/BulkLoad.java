package org.newsgraph.core.store.tdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.store.search.SearchIndex;
import org.newsgraph.core.store.union.UnionChanges;

/**
 * {@code load} into a store that holds no post graph and that nobody follows, at the speed of
 * TDB2's own bulk loader, instead of one union lookup per quad:
 * <ol>
 * <li>check: the file is read whole ({@link LoadedFile}) and nothing is written, so a syntax
 *     error, a triple outside a named graph or a reserved graph name leaves the store empty;</li>
 * <li>quads: the file is read again into TDB2's phased loader (the one {@code tdb2.tdbloader}
 *     uses by default), each quad as the checked read passed it on;</li>
 * <li>union: {@link UnionRuns} builds the merged union from the loaded SPOG index, and the text
 *     index and a backup's bookkeeping follow, in one write transaction.</li>
 * </ol>
 * The store it leaves is the one graph-by-graph loading would (BulkLoadTest). TDB2's bulk loader
 * writes its indexes outside transactions: a failure in step 2 (a full disk, a file changed
 * between the reads) can leave part of the file; step 1 is what keeps a bad file out whole.
 * <pre>
 *   if (BulkLoad.applies(dsg, changes)) { LoadResult result = new BulkLoad(dsg, search).load(LoadedFile.of(file, false)); }
 * </pre>
 */
final class BulkLoad {
    private final DatasetGraph dsg;
    private final SearchIndex search;

    BulkLoad(DatasetGraph dsg, SearchIndex search) {
        this.dsg = dsg;
        this.search = search;
    }

    /** Whether a load into {@code dsg} may take this path: no post graph stored, and no follower to tell. */
    static boolean applies(DatasetGraph dsg, UnionChanges changes) {
        return !changes.hasFollowers()
                && Txn.calculateRead(dsg, () -> !dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Loads {@code source} as the class comment says. @throws org.newsgraph.core.store.LoadRefused when step 1 refuses it */
    LoadResult load(LoadedFile source) {
        Set<Node> graphs = new HashSet<>();
        long[] quads = {0};
        List<Triple> bookkeeping = new ArrayList<>();
        source.read(new LoadedFile.Reader() {
            @Override
            public void quad(Quad quad) {
                graphs.add(quad.getGraph());
                quads[0]++;
            }

            @Override
            public void bookkeeping(Triple triple) {
                bookkeeping.add(triple);
            }
        });
        loadQuads(source);
        Txn.executeWrite(dsg, () -> {
            UnionRuns.build(dsg);
            indexText();
            bookkeeping.forEach(dsg.getDefaultGraph()::add);
        });
        return new LoadResult(graphs.size(), quads[0], true);
    }

    private void loadQuads(LoadedFile source) {
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> {});
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            source.read(new LoadedFile.Reader() {
                @Override
                public void quad(Quad quad) {
                    stream.quad(quad);
                }

                @Override
                public void bookkeeping(Triple triple) {
                    // Written with the union, in a transaction of its own.
                }
            });
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** Indexes the union's headlines, bodies and quotes, as graph-by-graph loading does when each enters the union. */
    private void indexText() {
        for (Node predicate : SearchIndex.predicates()) {
            dsg.find(DatasetLayout.UNION, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> search.add(q.asTriple()));
        }
    }
}
