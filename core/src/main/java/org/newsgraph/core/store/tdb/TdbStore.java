package org.newsgraph.core.store.tdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.UpdateExec;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ontology.NG;
import org.newsgraph.core.store.WritePath;
import org.newsgraph.core.store.Backup;
import org.newsgraph.core.store.GraphChange;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.StoreRefused;
import org.newsgraph.core.store.UnionFollower;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.store.memory.UnionInMemory;
import org.newsgraph.core.store.search.SearchIndex;
import org.newsgraph.core.store.union.MergedUnion;
import org.newsgraph.core.store.union.MergedUnionEngine;
import org.newsgraph.core.store.union.NamedGraphsView;
import org.newsgraph.core.store.union.QueryView;
import org.newsgraph.core.store.union.UnionChanges;

/**
 * The {@link Store} on Apache Jena TDB2, opened by {@link Store#open} and {@link Store#inMemory}.
 * <p>
 * Longer than 300 lines because it is where each Store operation meets TDB2's transaction and
 * the parts that join it (the merged union, the text index, the copy in memory); each method is
 * one operation, and the parts live in packages of their own.
 */
public final class TdbStore implements Store {
    /** The subject of the store's bookkeeping in its stored default graph. */
    static final Node BASE = NodeFactory.createURI("urn:newsgraph:base");
    /** How far a log partition was applied: {@code urn:newsgraph:store <urn:newsgraph:position> "newsgraph.graphs-0 42"}. */
    private static final Node POSITION = NodeFactory.createURI("urn:newsgraph:position");
    private final DatasetGraph dsg;
    private final String base;
    private final SearchIndex search;
    private final MergedUnion layer;
    private final UnionChanges changes = new UnionChanges();
    private final WritePath writes = new WritePath();
    private final AtomicLong generation = new AtomicLong();
    private volatile UnionInMemory memory;

    private TdbStore(DatasetGraph dsg, String base, SearchIndex search) {
        this.dsg = dsg;
        this.base = base;
        this.search = search;
        this.layer = new MergedUnion(dsg, search, changes);
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        coordinator.modifyConfig(() -> coordinator.addExternal(changes));
    }

    public static TdbStore open(Path folder, String base) {
        IriMinter.checkBase(base);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreRefused(folder + ": not a folder, so it cannot hold a TDB2 store");
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (TDBException | DBOpEnvException e) {
            throw new StoreRefused(folder + ": cannot open the TDB2 store (" + e.getMessage()
                    + "); is another process using it?", e);
        }
        return withBase(dsg, base, folder.toString(), () -> SearchIndex.inFolder(dsg, folder));
    }

    public static TdbStore inMemory(String base) {
        IriMinter.checkBase(base);
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        return withBase(dsg, base, "memory", () -> SearchIndex.inMemory(dsg));
    }

    private static TdbStore withBase(DatasetGraph dsg, String base, String where, Supplier<SearchIndex> index) {
        // The engine that answers queries over the store's views: from the merged union (or its copy
        // in memory) where a query reads only the default graph, else TDB2's own.
        MergedUnionEngine.install();
        Optional<String> recorded = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().find(DatasetLayout.STORE, BASE, Node.ANY)
                .nextOptional().map(t -> t.getObject().getLiteralLexicalForm()));
        if (recorded.isEmpty()) {
            Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(Triple.create(DatasetLayout.STORE, BASE,
                    NodeFactory.createLiteralString(base))));
        } else if (!recorded.get().equals(base)) {
            dsg.close();
            throw new StoreRefused(where + ": this store's IRIs start with " + recorded.get()
                    + ", not " + base + "; open it with that base, or use a new folder");
        }
        SearchIndex search = index.get();
        try {
            Txn.executeWrite(dsg, () -> new MergedUnion(dsg, search, new UnionChanges()).buildWhenMissing());
            search.catchUp();
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
        return new TdbStore(dsg, base, search);
    }

    @Override
    public String base() {
        return base;
    }

    @Override
    public List<WriteResult> write(List<PostFacts> posts) {
        List<WriteResult> results = new ArrayList<>(posts.size());
        dsg.begin(TxnType.WRITE);
        try {
            StoredSlugRegistry registry = new StoredSlugRegistry(dsg);
            IriMinter iris = new IriMinter(base, registry);
            for (PostFacts post : posts) {
                WriteResult result = replaceInTxn(writes.prepare(post, iris));
                if (result.outcome() == WriteResult.Outcome.REFUSED) {
                    registry.discard();
                } else {
                    registry.keep();
                }
                results.add(result);
            }
            dsg.commit();
        } finally {
            endWrite();
        }
        if (results.stream().anyMatch(r -> r.outcome() == WriteResult.Outcome.WRITTEN)) {
            generation.incrementAndGet();
        }
        return results;
    }

    @Override
    public WriteResult replace(String graphIri, Graph graph) {
        return changed(Txn.calculateWrite(dsg, () -> replaceInTxn(writes.prepare(graphIri, graph))));
    }

    /** Counts a write that changed a graph as a new generation. */
    private WriteResult changed(WriteResult result) {
        if (result.outcome() == WriteResult.Outcome.WRITTEN) {
            generation.incrementAndGet();
        }
        return result;
    }

    private WriteResult replaceInTxn(WritePath.Prepared prepared) {
        String graphIri = prepared.graphIri();
        Graph graph = prepared.graph();
        Node name = NodeFactory.createURI(graphIri);
        Optional<WriteResult> refused = MergedUnion.reserved(name)
                .map(why -> WriteResult.refused(graphIri, graph.size(), why))
                .or(prepared::refusal);
        if (refused.isPresent()) {
            return refused.get();
        }
        long triples = graph.size();
        Graph stored = dsg.getGraph(name);
        List<Triple> gone = Iter.toList(Iter.filter(stored.find(), t -> !graph.contains(t)));
        List<Triple> added = Iter.toList(Iter.filter(graph.find(), t -> !stored.contains(t)));
        if (gone.isEmpty() && added.isEmpty()) {
            return WriteResult.unchanged(graphIri, triples);
        }
        gone.forEach(t -> layer.remove(name, t));
        added.forEach(t -> layer.add(name, t));
        return WriteResult.written(graphIri, triples);
    }

    @Override
    public WriteResult merge(String graphIri, Graph graph) {
        return changed(Txn.calculateWrite(dsg, () -> {
            Graph merged = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(merged::add);
            graph.find().forEachRemaining(merged::add);
            return replaceInTxn(writes.prepare(graphIri, merged));
        }));
    }

    @Override
    public void update(UpdateRequest update, Duration timeout) {
        UpdateRequest safe = SafeUpdate.of(update);
        Txn.executeWrite(dsg, () -> UpdateExec.dataset(new NamedGraphsView(dsg, layer)).update(safe)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // SERVICE in a WHERE clause would let any client make this server call any address.
                .set(ARQ.httpServiceAllowed, false)
                .execute());
        generation.incrementAndGet();
    }

    @Override
    public List<WriteResult> apply(List<GraphChange> changes, Map<String, Long> positions) {
        List<WriteResult> results = new ArrayList<>(changes.size());
        Txn.executeWrite(dsg, () -> {
            for (GraphChange change : changes) {
                results.add(change.graph().map(g -> replaceInTxn(writes.prepare(change.graphIri(), g)))
                        .orElseGet(() -> deleteInTxn(change.graphIri())));
            }
            Graph bookkeeping = dsg.getDefaultGraph();
            Map<String, Long> recorded = positionsInTxn();
            recorded.putAll(positions);
            bookkeeping.remove(DatasetLayout.STORE, POSITION, Node.ANY);
            recorded.forEach((name, next) -> bookkeeping.add(DatasetLayout.STORE, POSITION, NodeFactory.createLiteralString(name + " " + next)));
        });
        if (results.stream().anyMatch(r -> r.outcome() == WriteResult.Outcome.WRITTEN)) {
            generation.incrementAndGet();
        }
        return results;
    }

    @Override
    public Map<String, Long> positions() {
        return Txn.calculateRead(dsg, this::positionsInTxn);
    }

    /** The recorded positions; a name may hold spaces, so the number is what follows the last one. */
    private Map<String, Long> positionsInTxn() {
        Map<String, Long> positions = new TreeMap<>();
        dsg.getDefaultGraph().find(DatasetLayout.STORE, POSITION, Node.ANY).forEachRemaining(t -> {
            String text = t.getObject().getLiteralLexicalForm();
            int space = text.lastIndexOf(' ');
            positions.put(text.substring(0, space), Long.parseLong(text.substring(space + 1)));
        });
        return positions;
    }

    private WriteResult deleteInTxn(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        if (MergedUnion.isLayer(name) || !dsg.containsGraph(name) || dsg.getGraph(name).isEmpty()) {
            return WriteResult.unchanged(graphIri, 0);
        }
        layer.removeMatching(name, Node.ANY, Node.ANY, Node.ANY);
        return WriteResult.written(graphIri, 0);
    }

    @Override
    public boolean delete(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        if (MergedUnion.reserved(name).isPresent()) {
            return false;
        }
        boolean existed = Txn.calculateWrite(dsg, () -> {
            boolean held = dsg.containsGraph(name) && !dsg.getGraph(name).isEmpty();
            layer.removeMatching(name, Node.ANY, Node.ANY, Node.ANY);
            return held;
        });
        if (existed) {
            generation.incrementAndGet();
        }
        return existed;
    }

    @Override
    public LoadResult load(Path file) {
        return load(file, false);
    }

    @Override
    public Backup backup(Path file) {
        // One read transaction: a consistent snapshot while writers go on.
        return Txn.calculateRead(dsg, () -> Snapshots.write(dsg, file));
    }

    /** A new store in {@code folder} (which must be empty) holding what {@code backup} holds. */
    public static TdbStore openRestored(Path backup, Path folder) {
        TdbStore store = open(folder, Snapshots.base(backup));
        try {
            store.restore(backup);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Fills this new store from a backup, the slug registry included; see {@link Store#restore}. */
    private LoadResult restore(Path backup) {
        return load(backup, true);
    }

    /**
     * A load; a restore also takes the bookkeeping triples of a backup's default graph. Into a
     * store without post graphs (or followers) it is a {@link BulkLoad}; else graph by graph.
     */
    private LoadResult load(Path file, boolean restoring) {
        LoadedFile source = LoadedFile.of(file, restoring);
        LoadResult result = BulkLoad.applies(dsg, changes) ? new BulkLoad(dsg, search).load(source) : replaceGraphByGraph(source);
        generation.incrementAndGet();
        return result;
    }

    /** Today's path for a store that holds graphs: one write transaction, each graph of the file replacing its namesake. */
    private LoadResult replaceGraphByGraph(LoadedFile source) {
        Set<Node> replaced = new HashSet<>();
        long[] quads = {0};
        dsg.begin(TxnType.WRITE);
        try {
            source.read(new LoadedFile.Reader() {
                @Override
                public void quad(Quad quad) {
                    if (replaced.add(quad.getGraph())) {
                        layer.removeMatching(quad.getGraph(), Node.ANY, Node.ANY, Node.ANY);
                    }
                    layer.add(quad.getGraph(), quad.asTriple());
                    quads[0]++;
                }

                @Override
                public void bookkeeping(Triple triple) {
                    dsg.getDefaultGraph().add(triple);
                }
            });
            dsg.commit();
        } finally {
            endWrite();
        }
        return new LoadResult(replaced.size(), quads[0], false);
    }

    /** Ends a write transaction, abandoning it when it was not committed (an exception is on its way). */
    private void endWrite() {
        if (dsg.isInTransaction() && dsg.transactionMode() == org.apache.jena.query.ReadWrite.WRITE) {
            dsg.abort();
        }
        dsg.end();
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(new QueryView(dsg, memory)));
    }

    @Override
    public <T> T readNamedGraphs(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(new NamedGraphsView(dsg, layer)));
    }

    @Override
    public void compact() {
        // A store in memory has no files to rewrite.
        if (!TDBInternal.getDatasetGraphTDB(dsg).getLocation().isMem()) {
            DatabaseMgr.compact(dsg, true);
        }
    }

    @Override
    public void follow(UnionFollower follower) {
        startFollowing(follower);
    }

    /** Adds {@code follower} as {@link #follow} says; what is returned is what to remove to stop telling it. */
    private CatchUp startFollowing(UnionFollower follower) {
        CatchUp catchUp = new CatchUp(follower);
        CountDownLatch opened = new CountDownLatch(1);
        CompletableFuture<Void> replayed = new CompletableFuture<>();
        Thread replay = new Thread(() -> {
            try {
                Txn.executeRead(dsg, () -> {
                    opened.countDown();
                    follower.replay(MergedUnion.triples(dsg, follower.followsEveryPredicate(), follower.predicates()));
                });
                replayed.complete(null);
            } catch (Throwable e) {
                replayed.completeExceptionally(e);
            } finally {
                opened.countDown();
            }
        }, "newsgraph-union-replay");
        // Writers wait only while the follower is added and the replay's version is opened, so no
        // commit falls between the two; the commits made while it replays wait in the CatchUp.
        Txn.executeWrite(dsg, () -> {
            changes.add(catchUp);
            replay.start();
            awaitOpened(opened);
        });
        try {
            replayed.join();
        } catch (CompletionException e) {
            changes.remove(catchUp);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        catchUp.release();
        return catchUp;
    }

    /** Waits for the replay's read transaction to open; an interrupt is kept for later, as the write must not end first. */
    private static void awaitOpened(CountDownLatch opened) {
        boolean interrupted = false;
        while (true) {
            try {
                opened.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean keepInMemory(long maxTriples) {
        if (memory == null) {
            // Counted first: copying a union too large to keep would be read for nothing.
            if (Txn.calculateRead(dsg, () -> dsg.getGraph(DatasetLayout.UNION).size()) > maxTriples) {
                return false;
            }
            UnionInMemory copy = new UnionInMemory(maxTriples);
            CatchUp following = startFollowing(copy);
            if (!copy.held()) {
                changes.remove(following);
                return false;
            }
            memory = copy;
        }
        return memory.held();
    }

    @Override
    public InMemory inMemory() {
        UnionInMemory copy = memory;
        return copy == null ? new InMemory(false, 0, 0, 0) : new InMemory(copy.held(), copy.size(), copy.bytes(), copy.answered());
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public long size() {
        return read(view -> Iter.count(view.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    @Override
    public void close() {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        coordinator.modifyConfig(() -> coordinator.removeExternal(changes));
        search.close();
        // DatasetGraph.close() keeps TDB2's lock on the folder until the JVM ends; expelling
        // the store releases it, so that another process may open the folder.
        TDBInternal.expel(dsg);
    }
}
