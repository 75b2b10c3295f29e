package org.newsgraph.core.store.tdb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.main.Indexer;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.core.store.layout.DatasetLayout;

/**
 * Builds the merged union of a bulk-loaded store from TDB2's own indexes, in NodeIds, never
 * decoding a term. One pass over the SPOG quad index, where the copies of a triple in several
 * post graphs lie side by side, writes each distinct triple once to a file of ids; the file is
 * then read back in runs, and each run, sorted in the order of each quad index, goes to TDB2's
 * bulk indexers, so that a run's inserts walk each B+tree from left to right.
 * Like TDB2's loader, the indexers log a failure and leave their index as it was, rather than
 * throw: a disk that fills up here leaves a store to load again.
 * <pre>
 *   UnionRuns.build(dsg);   // outside any transaction, after TDB2's bulk loader
 * </pre>
 */
final class UnionRuns {
    private static final MonitorOutput NO_OUTPUT = (format, args) -> {};
    /**
     * Triples a run: about 40 MB of rows; TDB2's indexers queue up to ten runs each, so at most
     * about half a gigabyte is held however large the union.
     */
    private static final int RUN = 1 << 18;
    /** The index whose order puts the copies of a triple next to each other. */
    private static final String SPOG = "SPOG";

    /** A distinct triple in ids: the longs order the rows as TDB2's B+trees order their keys; the quad is what is added. */
    private record Row(long s, long p, long o, Tuple<NodeId> quad) {
        long get(char slot) {
            return switch (slot) {
                case 'S' -> s;
                case 'P' -> p;
                case 'O' -> o;
                default -> throw new IllegalArgumentException("no slot " + slot);
            };
        }
    }

    private UnionRuns() {}

    /**
     * Adds every distinct triple of the post graphs to the union graph; call outside any
     * transaction, with no writer about (it takes TDB2's exclusive mode). Returns how many.
     */
    static long build(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeId union = Txn.calculateWrite(dsg, () -> quads.getNodeTable().getAllocateNodeId(DatasetLayout.UNION));
        TupleIndex[] indexes = quads.getTupleTable().getIndexes();
        TupleIndex spog = Arrays.stream(indexes).filter(i -> i.getName().equals(SPOG)).findFirst()
                .orElseThrow(() -> new IllegalStateException("this TDB2 store has no " + SPOG + " index"));
        Path ids = null;
        try {
            Path file = ids = Files.createTempFile("newsgraph-union", ".ids");
            long triples = Txn.calculateRead(dsg, () -> distinctTriples(spog.all(), union, file));
            TransactionCoordinator coordinator = tdb.getTxnSystem().getTxnMgr();
            coordinator.startExclusiveMode();
            try {
                addRuns(file, triples, union, indexes);
            } finally {
                coordinator.finishExclusiveMode();
            }
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the merged union through the temporary file " + ids, e);
        } finally {
            deleteQuietly(ids);
        }
    }

    /**
     * Reads the ids back in runs and hands each run, sorted in each order of S, P and O that an
     * index has, to TDB2's bulk {@link Indexer}: a thread an index, as its loader does.
     */
    private static void addRuns(Path ids, long triples, NodeId union, TupleIndex[] indexes) throws IOException {
        Map<String, List<TupleIndex>> byOrder = new LinkedHashMap<>();
        for (TupleIndex index : indexes) {
            byOrder.computeIfAbsent(index.getName().replace("G", ""), k -> new ArrayList<>()).add(index);
        }
        Map<String, Indexer> indexers = new LinkedHashMap<>();
        byOrder.forEach((order, same) -> indexers.put(order, new Indexer(NO_OUTPUT, same.toArray(TupleIndex[]::new))));
        indexers.values().forEach(Indexer::startBulk);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(ids), 1 << 16))) {
            for (long done = 0; done < triples; done += RUN) {
                Row[] run = new Row[(int) Math.min(RUN, triples - done)];
                for (int i = 0; i < run.length; i++) {
                    long s = in.readLong();
                    long p = in.readLong();
                    long o = in.readLong();
                    run[i] = new Row(s, p, o, TupleFactory.create4(union, id(s), id(p), id(o)));
                }
                indexers.forEach((order, indexer) -> {
                    Arrays.sort(run, inOrder(order));
                    indexer.index().deliver(Arrays.stream(run).map(Row::quad).toList());
                });
            }
        } finally {
            // An empty chunk ends an indexer's threads, which commit their indexes.
            indexers.values().forEach(indexer -> indexer.index().deliver(List.of()));
            indexers.values().forEach(Indexer::finishBulk);
        }
    }

    /** Writes the distinct triples of the quads {@code spog} yields in SPOG order to {@code ids}; returns how many. */
    private static long distinctTriples(Iterator<Tuple<NodeId>> spog, NodeId union, Path ids) {
        long triples = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(ids), 1 << 16))) {
            Tuple<NodeId> previous = null;
            while (spog.hasNext()) {
                Tuple<NodeId> quad = spog.next(); // G, S, P, O whatever the index's order
                if (quad.get(0).equals(union) || previous != null && sameTriple(previous, quad)) {
                    continue;
                }
                previous = quad;
                out.writeLong(bits(quad.get(1)));
                out.writeLong(bits(quad.get(2)));
                out.writeLong(bits(quad.get(3)));
                triples++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the union's ids to " + ids, e);
        }
        return triples;
    }

    private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
        return a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2)) && a.get(3).equals(b.get(3));
    }

    private static Comparator<Row> inOrder(String order) {
        Comparator<Row> comparator = (a, b) -> Long.compareUnsigned(a.get(order.charAt(0)), b.get(order.charAt(0)));
        for (int i = 1; i < order.length(); i++) {
            char slot = order.charAt(i);
            comparator = comparator.thenComparing((a, b) -> Long.compareUnsigned(a.get(slot), b.get(slot)));
        }
        return comparator;
    }

    /** A NodeId as the 8 bytes TDB2 keeps in its index records, read as one big-endian long. */
    private static long bits(NodeId id) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, bytes);
        long bits = 0;
        for (byte b : bytes) {
            bits = bits << 8 | (b & 0xff);
        }
        return bits;
    }

    private static NodeId id(long bits) {
        byte[] bytes = new byte[NodeId.SIZE];
        for (int i = NodeId.SIZE - 1; i >= 0; i--, bits >>>= 8) {
            bytes[i] = (byte) bits;
        }
        return NodeIdFactory.get(bytes);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless; the union is built or its failure is on its way.
        }
    }
}
