package org.newsgraph.core.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.ontology.NG;
import org.newsgraph.core.store.StoreRefused;

/**
 * The full-text index of the headlines, bodies and quotes in the merged union ({@code MergedUnion}), with
 * jena-text over Lucene, so that SPARQL joins {@code text:query} with graph patterns.
 * <p>
 * It follows the layer, not the post graphs: a literal is indexed, once, when it enters the
 * layer, and leaves the index when the last post graph holding it drops it, so a body that many
 * graphs repeat is one entry, and a re-written post stops matching its old words. Its changes ride
 * on TDB2's write transactions ({@link SearchTransactions}); queries search Lucene's last commit.
 * <p>
 * A generation, counted in the store's bookkeeping and in Lucene's commit data by every write
 * transaction that changes the index, tells on open whether the two are in step. When they are
 * not (a crash between TDB2's commit and Lucene's, a store made before the index, an index folder
 * deleted or copied from elsewhere), the index is rebuilt from the layer.
 */
public final class SearchIndex implements AutoCloseable {
    /** The index's folder inside the TDB2 folder. */
    public static final String FOLDER = "text";
    private static final Node GENERATION = NodeFactory.createURI("urn:newsgraph:textGeneration");
    private static final String GENERATION_KEY = "newsgraph.generation";
    private static final Node TEXT_QUERY = NodeFactory.createURI(TextQuery.NS + "query");
    /** Names for the hit parts a search inside GRAPH needs and the query left out; no SPARQL variable can clash. */
    private static final AtomicLong HIT_VARS = new AtomicLong();
    /** Lucene field per indexed predicate; a query without a predicate searches the bodies. */
    private static final Map<Node, String> FIELDS = Map.of(
            NG.headline.asNode(), "headline",
            NG.body.asNode(), "body",
            NG.quote.asNode(), "quote");

    static {
        TextQuery.init();
    }

    private final DatasetGraph dsg;
    private final TextIndexLucene lucene;
    private final SearchTransactions transactions;

    private SearchIndex(DatasetGraph dsg, Directory directory) {
        this.dsg = dsg;
        this.lucene = new TextIndexLucene(directory, config());
        this.transactions = new SearchTransactions(lucene);
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        try {
            coordinator.modifyConfig(() -> coordinator.addExternal(transactions));
        } catch (RuntimeException e) {
            lucene.close();
            throw e;
        }
        dsg.getContext().set(TextQuery.textIndex, lucene);
    }

    /** The index of the TDB2 store in {@code folder}, in its subfolder {@value #FOLDER}. */
    public static SearchIndex inFolder(DatasetGraph dsg, Path folder) {
        Path where = folder.resolve(FOLDER);
        try {
            return new SearchIndex(dsg, FSDirectory.open(where));
        } catch (IOException | TextIndexException e) {
            throw new StoreRefused(where + ": cannot open the text index (" + e.getMessage()
                    + "); is the store open elsewhere?", e);
        }
    }

    /** An index in memory, for a store in memory. */
    public static SearchIndex inMemory(DatasetGraph dsg) {
        return new SearchIndex(dsg, new ByteBuffersDirectory());
    }

    private static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("iri", "body");
        FIELDS.forEach((predicate, field) -> entities.set(field, predicate));
        // A uid per (subject, field, value) lets one literal leave the index; lang keeps tags and datatypes.
        entities.setUidField("uid");
        entities.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new EnglishAnalyzer());
        config.setQueryParser("QueryParser");
        // Stored values let a query bind the literal that matched, and highlight it.
        config.setValueStored(true);
        return config;
    }

    /** Whether literals of {@code predicate} are indexed. */
    public static boolean indexes(Node predicate) {
        return FIELDS.containsKey(predicate);
    }

    /** The predicates whose literals are indexed. */
    public static Set<Node> predicates() {
        return FIELDS.keySet();
    }

    /** Whether {@code property} is jena-text's {@code text:query}. */
    public static boolean isTextQuery(Node property) {
        return TEXT_QUERY.equals(property);
    }

    /**
     * {@code GRAPH g { s text:query (...) }} for queries over the layer, in quad form: a search of
     * the index whose hits {@code g} holds. The index has no graph field (a literal is one entry
     * however many graphs hold it), so each hit's predicate and literal are looked up in {@code g};
     * with the highlight option, which rewrites the literal, only its predicate is.
     */
    public static Op inGraph(Node graph, OpPropFunc search) {
        return held(search, graph, found -> new OpGraph(DatasetLayout.UNION, found),
                (s, p, o) -> pattern(Triple.create(s, p, o), bgp -> new OpQuadPattern(graph, bgp)));
    }

    /**
     * {@code s text:query (...)} in a query over a dataset of its own (FROM, FROM NAMED), in
     * triple form: a search of the index whose hits the graph being read holds, the dataset's
     * default graph or the one a {@code GRAPH} names, looked up as in {@link #inGraph}.
     */
    public static Op inActiveGraph(OpPropFunc search) {
        return held(search, null, found -> found, (s, p, o) -> pattern(Triple.create(s, p, o), OpBGP::new));
    }

    /** A pattern of three terms, as an op of the form its query is in. */
    private interface Lookup {
        Op of(Node s, Node p, Node o);
    }

    /**
     * The search, placed by {@code where}, then the lookup of each hit; {@code graph} is the
     * graph term the lookup reads (kept when a variable), or null for the active graph.
     */
    private static Op held(OpPropFunc search, Node graph, UnaryOperator<Op> where, Lookup lookup) {
        PropFuncArg args = search.getSubjectArgs();
        List<Node> hit = new ArrayList<>(args.isList() ? args.getArgList() : List.of(args.getArg()));
        // (subject score literal graph predicate): the literal and predicate are needed, the others may stay fresh.
        while (hit.size() < 5) {
            hit.add(hitVar());
        }
        Node subject = hit.get(0);
        Node literal = hit.get(2);
        Node predicate = hit.get(4);
        Op found = where.apply(new OpPropFunc(search.getProperty(), new PropFuncArg(hit), search.getObjectArgs(),
                search.getSubOp()));
        boolean highlighted = search.getObjectArgs().isList() && search.getObjectArgs().getArgList().stream()
                .anyMatch(n -> n.isLiteral() && n.getLiteralLexicalForm().startsWith("highlight:"));
        if (!highlighted) {
            return OpSequence.create(found, lookup.of(subject, predicate, literal));
        }
        List<Var> kept = Stream.of(graph, subject, predicate).filter(n -> n != null && Var.isVar(n)).map(Var::alloc).toList();
        Op held = OpDistinct.create(new OpProject(lookup.of(subject, predicate, hitVar()), kept));
        return OpSequence.create(found, held);
    }

    private static Var hitVar() {
        return Var.alloc(".text" + HIT_VARS.incrementAndGet());
    }

    private static Op pattern(Triple triple, Function<BasicPattern, Op> op) {
        BasicPattern pattern = new BasicPattern();
        pattern.add(triple);
        return op.apply(pattern);
    }

    /** Indexes a triple that has entered the layer; needs the write transaction. */
    public void add(Triple triple) {
        entity(triple).ifPresent(entity -> {
            changing();
            lucene.addEntity(entity);
        });
    }

    /** Drops a triple that has left the layer; needs the write transaction. */
    public void remove(Triple triple) {
        entity(triple).ifPresent(entity -> {
            changing();
            lucene.deleteEntity(entity);
        });
    }

    /** Empties the index, as the layer has been emptied; needs the write transaction. */
    public void clear() {
        changing();
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new TextIndexException("clear", e);
        }
    }

    /** Rebuilds the index from the layer when it is out of step with the store; see the class comment. */
    public void catchUp() {
        Optional<Long> stored = Txn.calculateRead(dsg, this::storedGeneration);
        Optional<Long> indexed = indexedGeneration();
        if (stored.isPresent() && stored.equals(indexed)) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            clear();
            for (Node predicate : FIELDS.keySet()) {
                Iter.forEach(Iter.map(dsg.find(DatasetLayout.UNION, Node.ANY, predicate, Node.ANY), q -> q.asTriple()),
                        t -> entity(t).ifPresent(lucene::addEntity));
            }
        });
    }

    /**
     * On a transaction's first change: counts a new generation in the store's bookkeeping and in
     * the commit data Lucene will commit with.
     */
    private void changing() {
        if (!transactions.firstChange()) {
            return;
        }
        long next = storedGeneration().orElse(0L) + 1;
        dsg.getDefaultGraph().remove(DatasetLayout.STORE, GENERATION, Node.ANY);
        dsg.getDefaultGraph().add(DatasetLayout.STORE, GENERATION,
                NodeFactory.createLiteralDT(Long.toString(next), XSDDatatype.XSDlong));
        lucene.getIndexWriter().setLiveCommitData(Map.of(GENERATION_KEY, Long.toString(next)).entrySet());
    }

    private Optional<Long> storedGeneration() {
        return dsg.getDefaultGraph().find(DatasetLayout.STORE, GENERATION, Node.ANY).nextOptional()
                .map(t -> Long.parseLong(t.getObject().getLiteralLexicalForm()));
    }

    private Optional<Long> indexedGeneration() {
        Iterable<Map.Entry<String, String>> data = lucene.getIndexWriter().getLiveCommitData();
        if (data == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : data) {
            if (entry.getKey().equals(GENERATION_KEY)) {
                return Optional.of(Long.parseLong(entry.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The index entry of a triple, when its predicate is indexed and its object a literal. */
    private Optional<Entity> entity(Triple t) {
        if (!indexes(t.getPredicate()) || !t.getObject().isLiteral()) {
            return Optional.empty();
        }
        return Optional.ofNullable(TextQueryFuncs.entityFromQuad(lucene.getDocDef(), null,
                t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Detaches the index from the store's transactions and releases its folder. */
    @Override
    public void close() {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        coordinator.modifyConfig(() -> coordinator.removeExternal(transactions));
        dsg.getContext().remove(TextQuery.textIndex);
        lucene.close();
    }
}
