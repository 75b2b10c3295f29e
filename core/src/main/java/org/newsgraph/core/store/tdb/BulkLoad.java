package org.newsgraph.core.store.tdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.core.store.LoadRefused;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.store.search.SearchIndex;
import org.newsgraph.core.store.union.UnionChanges;

/**
 * {@code load} into a store that holds no post graph and that nobody follows, at the speed of
 * TDB2's own bulk loader, instead of one union lookup per quad:
 * <ol>
 * <li>quads: the file is read ({@link LoadedFile}: syntax, named graphs only, no reserved name,
 *     canonical decimals) into TDB2's phased loader, the one {@code tdb2.tdbloader} uses by
 *     default. A refused file is read up to the refusal, and what the loader took of it is then
 *     deleted: the store was empty, so it is again, and the refusal goes to the caller;</li>
 * <li>union: {@link UnionRuns} builds the merged union from the loaded SPOG index in NodeIds;</li>
 * <li>text: the text index takes the union's literals, and a backup's bookkeeping is written, in
 *     one write transaction.</li>
 * </ol>
 * The store it leaves is the one graph-by-graph loading would (BulkLoadTest). TDB2's bulk loader
 * writes its indexes outside transactions, so a crash or a full disk during steps 1 and 2 can
 * leave part of the file in the store; loading it again into a new folder is the remedy.
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

    /** Loads {@code source} as the class comment says. @throws LoadRefused when the file is refused, the store left empty */
    LoadResult load(LoadedFile source) {
        Set<Node> graphs = new HashSet<>();
        long[] quads = {0};
        List<Triple> bookkeeping = new ArrayList<>();
        loadQuads(source, new LoadedFile.Reader() {
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
        UnionRuns.build(dsg);
        Txn.executeWrite(dsg, () -> {
            indexText();
            bookkeeping.forEach(dsg.getDefaultGraph()::add);
        });
        return new LoadResult(graphs.size(), quads[0], true);
    }

    /**
     * Reads {@code source} into TDB2's bulk loader, telling {@code counted} each quad too. A refused
     * file is read only up to the refusal; what the loader took of it is then removed, which
     * leaves the store empty as it was.
     */
    private void loadQuads(LoadedFile source, LoadedFile.Reader counted) {
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> {});
        loader.startBulk();
        LoadRefused refused = null;
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            try {
                source.read(new LoadedFile.Reader() {
                    @Override
                    public void quad(Quad quad) {
                        counted.quad(quad);
                        stream.quad(quad);
                    }

                    @Override
                    public void bookkeeping(Triple triple) {
                        counted.bookkeeping(triple);
                    }
                });
            } catch (LoadRefused e) {
                refused = e;
            }
            // The loader is finished either way: its threads end, and what it took is on disk.
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        if (refused != null) {
            Txn.executeWrite(dsg, () -> Iter.toList(dsg.listGraphNodes()).forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY)));
            throw refused;
        }
    }

    /** Indexes the union's headlines, bodies and quotes, as graph-by-graph loading does when each enters the union. */
    private void indexText() {
        for (Node predicate : SearchIndex.predicates()) {
            dsg.find(DatasetLayout.UNION, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> search.add(q.asTriple()));
        }
    }
}
