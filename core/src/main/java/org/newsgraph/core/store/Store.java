package org.newsgraph.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.core.store.tdb.TdbStore;
import org.newsgraph.core.story.PostFacts;

/**
 * The newsgraph store: one named graph per post, and a default graph that is the union of them all.
 * <pre>
 *   try (Store store = Store.open(Path.of("data/tdb2"), "http://localhost:8080/")) {
 *       WriteResult result = store.write(facts);          // replaces that post's graph
 *       long posts = store.read(dsg -> countPosts(dsg));  // queries see the union
 *   }
 * </pre>
 * Isolation: every method runs in its own transaction. Readers see the store as it was when
 * their transaction began and never a half-written post; writes are serialised (one writer at
 * a time, readers go on meanwhile). A store may be used from many threads. A TDB2 folder may
 * be open in one process only.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens the TDB2 store in {@code folder}, creating it if needed. The base is recorded on
     * creation; opening with another base is refused, since IRIs under two bases would not join.
     */
    static Store open(Path folder, String base) {
        return TdbStore.open(folder, base);
    }

    /** A store in memory, for tests and one-off runs. */
    static Store inMemory(String base) {
        return TdbStore.inMemory(base);
    }

    /** The base all of this store's IRIs start with. */
    String base();

    /**
     * Validates each post's graph against the shapes and replaces the stored graph of each
     * valid one, all in one transaction; an invalid graph is refused and changes nothing.
     * Returns one result per post, in order.
     */
    List<WriteResult> write(List<PostFacts> posts);

    /** {@link #write(List)} for one post. */
    default WriteResult write(PostFacts post) {
        return write(List.of(post)).get(0);
    }

    /** Validates a graph and, when valid, replaces the named graph {@code graphIri} with it. */
    WriteResult replace(String graphIri, Graph graph);

    /**
     * Adds {@code graph} to the named graph {@code graphIri} (creating it when missing) when the
     * result conforms to the shapes, in one transaction; a refused merge changes nothing.
     */
    WriteResult merge(String graphIri, Graph graph);

    /**
     * Runs a SPARQL Update in one write transaction over the named graphs, with the union of
     * them as a read-only default graph: {@code CLEAR ALL} and {@code DROP ALL} empty the named
     * graphs, and the store's own bookkeeping can be neither read nor changed. Updates are not
     * checked against the shapes (like {@link #load}, they are RDF the user vouches for).
     * An update that runs longer than {@code timeout} is stopped and rolled back.
     *
     * @throws UpdateRefused when an operation would write to the default graph, or is a LOAD;
     *                       nothing of the request is applied
     * @throws org.apache.jena.query.QueryCancelledException when the timeout stopped it; nothing
     *                       of the request is applied
     */
    void update(UpdateRequest update, Duration timeout);

    /**
     * Applies changes read from a log and records how far the log was read, in one transaction:
     * after a crash, both or neither are stored, so a replica that resumes from {@link #positions()}
     * never applies a change twice or skips one. Each replacement is validated as {@link #replace}
     * does (a refused one changes nothing and is reported); a deletion is WRITTEN when the graph
     * existed, else UNCHANGED. One result per change, in order.
     *
     * @param positions the next position to read, by partition name ("newsgraph.graphs-0"); these
     *                  replace the recorded ones, others are kept
     */
    List<WriteResult> apply(List<GraphChange> changes, Map<String, Long> positions);

    /** The positions {@link #apply} recorded, by partition name; empty for a store never written from a log. */
    Map<String, Long> positions();

    /** Deletes a named graph; whether it existed. */
    boolean delete(String graphIri);

    /**
     * Imports an RDF file with named graphs (N-Quads, TriG, by extension) in one transaction:
     * each graph in the file replaces the stored graph of the same name. The file is not
     * validated against the shapes (it is a bulk import of RDF the user vouches for); a syntax
     * error, or a triple outside any named graph, refuses the whole file and writes nothing.
     *
     * @throws LoadRefused naming the file, line and reason
     */
    LoadResult load(Path file);

    /**
     * Writes a consistent snapshot of the store, from one read transaction, to {@code file} as gzip
     * N-Quads: the post graphs, the base and the slug registry. Writers go on meanwhile; the file
     * has another name until it is complete. {@link #restore} builds a store from it.
     */
    Backup backup(Path file);

    /**
     * Builds a new store in {@code folder} (missing or empty) from a {@link #backup}, with the
     * backup's base, and opens it: it holds what the store held at the backup, its merged layer and
     * text index rebuilt.
     *
     * @throws StoreRefused when the folder holds files already
     * @throws LoadRefused  when the file is no newsgraph backup
     */
    static Store restore(Path backup, Path folder) {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            if (files.findAny().isPresent()) {
                throw new StoreRefused(folder + ": holds files already; restore into a new folder");
            }
        } catch (IOException e) {
            throw new StoreRefused(folder + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return TdbStore.openRestored(backup, folder);
    }

    /**
     * Runs {@code action} in a read transaction over a view whose default graph is the union
     * of all named graphs. The view must not escape the action.
     */
    <T> T read(Function<DatasetGraph, T> action);

    /**
     * Runs {@code action} in a read transaction over the named graphs, with their union as a
     * read-only default graph; unlike {@link #read}, even {@code GRAPH <urn:x-arq:DefaultGraph>}
     * and {@link DatasetGraph#getDefaultGraph()} see the union, never the store's bookkeeping.
     * For requests that build their own dataset over the graphs; queries run slower over it.
     */
    <T> T readNamedGraphs(Function<DatasetGraph, T> action);

    /**
     * Keeps {@code follower} in step with the union of the post graphs: tells it the union's
     * triples of the predicates it follows now, then each committed change of them, until the
     * store is closed. Writes wait while it is told the present union.
     */
    void follow(UnionFollower follower);

    /**
     * Keeps a copy of the union in memory as integer ids, in step with every write, and answers
     * the queries of {@link #read} that read only the default graph from it (the same answers,
     * sooner: joins on ids in sorted arrays instead of B+tree descents). Blocks while it copies the union, and
     * writes wait meanwhile. Returns whether the copy is held: none is made while the union holds
     * more than {@code maxTriples} triples, and one is let go, queries going back to the files,
     * once the union grows past that. Asking again once a copy was made does nothing more.
     */
    boolean keepInMemory(long maxTriples);

    /** The in-memory copy of {@link #keepInMemory}: held or not, its triples, the heap its arrays take and the queries it answered. */
    InMemory inMemory();

    /** See {@link #inMemory()}. */
    record InMemory(boolean held, long triples, long bytes, long queriesAnswered) {}

    /**
     * A number that changes with every committed write that changed the store's graphs, and only
     * then: whatever was computed from the store at one generation holds until it changes (the
     * service's result cache relies on this). Starts afresh when the store is opened.
     */
    long generation();

    /**
     * Rewrites the store's files without the space that replaced and deleted data left behind
     * (TDB2 only ever appends, so a store that is written often grows far beyond its data) and
     * deletes the old files. Readers go on meanwhile; writers wait. Nothing the store holds changes.
     */
    void compact();

    /** The number of quads in all named graphs. */
    long size();

    /** Releases the folder; the store is unusable afterwards. */
    @Override
    void close();
}
