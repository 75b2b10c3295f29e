package org.newsgraph.sparql.explore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.core.store.UnionFollower;
import org.newsgraph.ontology.NG;

/**
 * The events of the store in memory: who plays which part in each event, each event's type,
 * time and reports, the stories of the posts, and the entities' names and kinds; kept in step
 * with the union of the post graphs ({@link org.newsgraph.core.store.Store#follow}), so it answers what SPARQL over the
 * union would. A plain index: {@link EventIndexLoader} fills it from the store and hands it out
 * once it is read.
 * <pre>
 *   EventIndex index = loader.ready();
 *   index.appearances(ines);         // event -&gt; her parts in it
 *   index.companions(ines);          // who appears with her, in how many events
 *   index.topPairs(20);              // the pairs of the store with most shared events
 * </pre>
 * Why: exploration sums over every event of an entity, and a country appears in thousands;
 * walking TDB2's indexes for them took seconds a call, hash maps take milliseconds. Its size is
 * about that of the facts it holds (a few hundred bytes a participation or report).
 * <p>
 * Longer than 300 lines because its maps and the lookups over them share one lock: split apart,
 * each lookup would have to take the lock of another class.
 */
class EventIndex implements UnionFollower {
    /** The classes of events, most specific first: an event's type is the first it has. */
    static final List<Node> EVENT_TYPES = Stream.of(NG.Meeting, NG.Pledge, NG.Accusation, NG.Statement,
            NG.Visit, NG.Attack).map(r -> r.asNode()).toList();
    private static final List<Node> KINDS = Stream.of(NG.Person, NG.Organisation, NG.Country, NG.Place)
            .map(r -> r.asNode()).toList();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TIME = NG.time.asNode();
    private static final Node MENTIONED_IN = NG.mentionedIn.asNode();
    private static final Node PUBLISHED_AT = NG.publishedAt.asNode();
    private static final Node IN_STORY = NG.inStory.asNode();
    private static final Set<Node> PREDICATES;

    static {
        Set<Node> predicates = new HashSet<>(List.of(TYPE, LABEL, TIME, MENTIONED_IN, PUBLISHED_AT, IN_STORY));
        for (Part part : Part.values()) {
            predicates.add(part.node());
        }
        PREDICATES = Set.copyOf(predicates);
    }

    /** A time as written, and the moment it stands for: parsed once, when it enters. */
    private record Stamp(String text, Instant instant) {
        static final Comparator<Stamp> ORDER = Comparator.comparing(Stamp::instant);

        static Stamp of(String lexical) {
            return new Stamp(lexical, When.instant(lexical));
        }
    }

    /** A pair of entities and the events they share. */
    record Pair(Node a, Node b, int events) {}

    /** A hop from one entity to another through an event both appear in. */
    record Hop(Node from, Node event, Node to) {}

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Node, Map<Node, Set<Part>>> actors = new HashMap<>();       // event -> entity -> parts
    private final Map<Node, Map<Node, Set<Part>>> appearances = new HashMap<>();  // entity -> event -> parts
    private final Map<Node, Set<Node>> types = new HashMap<>();      // subject -> its event classes and kinds
    private final Map<Node, Set<String>> labels = new HashMap<>();
    private final Map<Node, Set<Stamp>> times = new HashMap<>();     // event -> ng:time
    private final Map<Node, Set<Node>> mentions = new HashMap<>();   // event or entity -> posts
    private final Map<Node, Set<Stamp>> published = new HashMap<>(); // post -> ng:publishedAt
    private final Map<Node, Set<Node>> stories = new HashMap<>();    // post -> stories
    /** Each entity's stories and each event's date, as far as asked since the last change; filled under the read lock by many threads. */
    private final Map<Node, Set<Node>> storiesOf = new ConcurrentHashMap<>();
    private final Map<Node, Optional<EventCards.Dated>> datedOf = new ConcurrentHashMap<>();
    /** Changes taken in so far: what {@link #topPairs} was computed at. */
    private long version;
    private long pairsVersion = -1;
    private List<Pair> pairs = List.of();

    @Override
    public Set<Node> predicates() {
        return PREDICATES;
    }

    @Override
    public void changed(List<Triple> entered, List<Triple> left) {
        lock.writeLock().lock();
        try {
            left.forEach(t -> apply(t, false));
            entered.forEach(t -> apply(t, true));
            storiesOf.clear();
            datedOf.clear();
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void apply(Triple triple, boolean add) {
        Node s = triple.getSubject();
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        Optional<Part> part = Part.of(p);
        if (part.isPresent()) {
            nested(actors, s, o, part.get(), add);
            nested(appearances, o, s, part.get(), add);
        } else if (p.equals(TYPE)) {
            if (EVENT_TYPES.contains(o) || KINDS.contains(o) || o.equals(NG.Event.asNode())) {
                change(types, s, o, add);
            }
        } else if (p.equals(LABEL)) {
            if (o.isLiteral()) {
                change(labels, s, o.getLiteralLexicalForm(), add);
            }
        } else if (p.equals(TIME)) {
            if (o.isLiteral()) {
                change(times, s, Stamp.of(o.getLiteralLexicalForm()), add);
            }
        } else if (p.equals(MENTIONED_IN)) {
            change(mentions, s, o, add);
        } else if (p.equals(PUBLISHED_AT)) {
            if (o.isLiteral()) {
                change(published, s, Stamp.of(o.getLiteralLexicalForm()), add);
            }
        } else if (p.equals(IN_STORY)) {
            change(stories, s, o, add);
        }
    }

    private static <K, V> void change(Map<K, Set<V>> map, K key, V value, boolean add) {
        if (add) {
            map.computeIfAbsent(key, k -> new HashSet<>(2)).add(value);
        } else {
            Set<V> values = map.get(key);
            if (values != null && values.remove(value) && values.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private static void nested(Map<Node, Map<Node, Set<Part>>> map, Node key, Node inner, Part part, boolean add) {
        if (add) {
            map.computeIfAbsent(key, k -> new HashMap<>(4)).computeIfAbsent(inner, k -> EnumSet.noneOf(Part.class)).add(part);
            return;
        }
        Map<Node, Set<Part>> byInner = map.get(key);
        if (byInner == null) {
            return;
        }
        Set<Part> parts = byInner.get(inner);
        if (parts != null && parts.remove(part) && parts.isEmpty()) {
            byInner.remove(inner);
            if (byInner.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many events the index holds. */
    int events() {
        return read(actors::size);
    }

    /** How many entities appear in them. */
    int entities() {
        return read(appearances::size);
    }

    /** The events {@code entity} appears in (those typed ng:Event), each with the parts it plays there. */
    Map<Node, Set<Part>> appearances(Node entity) {
        return read(() -> {
            Map<Node, Set<Part>> events = new HashMap<>();
            appearances.getOrDefault(entity, Map.of()).forEach((event, parts) -> {
                if (types.getOrDefault(event, Set.of()).contains(NG.Event.asNode())) {
                    events.put(event, EnumSet.copyOf(parts));
                }
            });
            return events;
        });
    }

    /**
     * Every neighbour of {@code entity}, with the events of each relation to it
     * ({@link Relation#between}), and those events' dates; events without a type and a dated
     * report relate no one.
     */
    Related related(Node entity) {
        return read(() -> {
            Map<Node, Map<Relation, Set<Node>>> byNeighbour = new HashMap<>();
            Map<Node, EventCards.Dated> dates = new HashMap<>();
            appearances.getOrDefault(entity, Map.of()).forEach((event, mine) -> {
                Map<Node, Set<Part>> cast = actors.get(event);
                Optional<EventCards.Dated> dated = cast.size() < 2 ? Optional.empty() : dated(event);
                if (dated.isEmpty()) {
                    return;
                }
                dates.put(event, dated.get());
                cast.forEach((other, theirs) -> {
                    if (!other.equals(entity)) {
                        for (Relation relation : Relation.between(dated.get().type(), mine, theirs)) {
                            byNeighbour.computeIfAbsent(other, o -> new EnumMap<>(Relation.class))
                                    .computeIfAbsent(relation, r -> new HashSet<>()).add(event);
                        }
                    }
                });
            });
            return new Related(byNeighbour, dates);
        });
    }

    /** An entity's neighbours, each with its events by relation, and the dates of those events. */
    record Related(Map<Node, Map<Relation, Set<Node>>> byNeighbour, Map<Node, EventCards.Dated> dates) {}

    /**
     * The type and time of each of {@code events} that has a type of {@link #EVENT_TYPES} and a
     * report with a publication time; the others are left out.
     */
    Map<Node, EventCards.Dated> dates(Collection<Node> events) {
        return read(() -> {
            Map<Node, EventCards.Dated> dates = new HashMap<>();
            for (Node event : events) {
                dated(event).ifPresent(d -> dates.put(event, d));
            }
            return dates;
        });
    }

    /** An event's type and time, kept until the store changes: a country's calls date thousands of events. */
    private Optional<EventCards.Dated> dated(Node event) {
        return datedOf.computeIfAbsent(event, this::date);
    }

    private Optional<EventCards.Dated> date(Node event) {
        Set<Node> classes = types.getOrDefault(event, Set.of());
        Optional<Node> type = EVENT_TYPES.stream().filter(classes::contains).findFirst();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Stamp first = null;
        for (Node post : mentions.getOrDefault(event, Set.of())) {
            for (Stamp at : published.getOrDefault(post, Set.of())) {
                if (first == null || Stamp.ORDER.compare(at, first) < 0) {
                    first = at;
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        Optional<Stamp> time = times.getOrDefault(event, Set.of()).stream().min(Stamp.ORDER);
        return Optional.of(new EventCards.Dated(event, type.get().getLocalName(), time
                .map(t -> new When(t.text(), t.instant(), true)).orElse(new When(first.text(), first.instant(), false))));
    }

    /** The entities that appear with {@code entity} (as {@link Part#APPEARANCE}), each with the number of events they share. */
    Map<Node, Integer> companions(Node entity) {
        return read(() -> {
            Map<Node, Integer> shared = new HashMap<>();
            appearances.getOrDefault(entity, Map.of()).forEach((event, mine) -> {
                if (appears(mine)) {
                    actors.get(event).forEach((other, theirs) -> {
                        if (!other.equals(entity) && appears(theirs)) {
                            shared.merge(other, 1, Integer::sum);
                        }
                    });
                }
            });
            return shared;
        });
    }

    /**
     * The {@code limit} pairs of entities that share most events (as {@link Part#APPEARANCE}),
     * most first, then by their IRIs; computed once for each state of the store.
     */
    List<Pair> topPairs(int limit) {
        List<Pair> all = read(() -> pairsVersion == version ? pairs : null);
        if (all == null) {
            // Under the write lock, so that one call counts and the others wait for its count.
            lock.writeLock().lock();
            try {
                if (pairsVersion != version) {
                    pairs = allPairs();
                    pairsVersion = version;
                }
                all = pairs;
            } finally {
                lock.writeLock().unlock();
            }
        }
        return all.stream().limit(limit).toList();
    }

    /** Every pair with its shared events, in order; only as many as the largest page needs are kept. */
    private List<Pair> allPairs() {
        Map<Node, Map<Node, Integer>> counts = new HashMap<>();
        actors.values().forEach(cast -> {
            List<Node> present = cast.entrySet().stream().filter(e -> appears(e.getValue())).map(Map.Entry::getKey)
                    .filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    counts.computeIfAbsent(present.get(i), a -> new HashMap<>()).merge(present.get(j), 1, Integer::sum);
                }
            }
        });
        List<Pair> all = new ArrayList<>();
        counts.forEach((a, withA) -> withA.forEach((b, n) -> all.add(new Pair(a, b, n))));
        all.sort(Comparator.comparingInt(Pair::events).reversed().thenComparing(p -> p.a().getURI())
                .thenComparing(p -> p.b().getURI()));
        return List.copyOf(all.subList(0, Math.min(all.size(), Limits.LIST.most())));
    }

    private static boolean appears(Set<Part> parts) {
        return Part.APPEARANCE.stream().anyMatch(parts::contains);
    }

    /** The hops from each of {@code entities} to the others of their events (as {@link Part#APPEARANCE}). */
    List<Hop> hops(Collection<Node> entities) {
        return read(() -> {
            List<Hop> hops = new ArrayList<>();
            for (Node from : entities) {
                appearances.getOrDefault(from, Map.of()).forEach((event, mine) -> {
                    if (appears(mine)) {
                        actors.get(event).forEach((to, theirs) -> {
                            if (!to.equals(from) && appears(theirs)) {
                                hops.add(new Hop(from, event, to));
                            }
                        });
                    }
                });
            }
            return hops;
        });
    }

    /**
     * The stories of the posts that mention each of {@code entities}; kept until the store
     * changes, as a country is mentioned in thousands of posts.
     */
    Map<Node, Set<Node>> stories(Collection<Node> entities) {
        return read(() -> {
            Map<Node, Set<Node>> found = new HashMap<>();
            for (Node entity : entities) {
                found.put(entity, storiesOf.computeIfAbsent(entity, e -> {
                    Set<Node> of = new HashSet<>();
                    mentions.getOrDefault(e, Set.of()).forEach(post -> of.addAll(stories.getOrDefault(post, Set.of())));
                    return Set.copyOf(of);
                }));
            }
            return found;
        });
    }

    /**
     * Each of {@code entities} with its least label (else the last segment of its IRI) and its
     * kind (Person, Organisation, Country, Place; "" for none).
     */
    Map<Node, EntityRef> names(Collection<Node> entities) {
        return read(() -> {
            Map<Node, EntityRef> found = new HashMap<>();
            for (Node entity : entities) {
                String iri = entity.getURI();
                String label = labels.getOrDefault(entity, Set.of()).stream().min(Comparator.naturalOrder())
                        .orElse(iri.substring(iri.lastIndexOf('/') + 1));
                Set<Node> classes = types.getOrDefault(entity, Set.of());
                String kind = KINDS.stream().filter(classes::contains).findFirst().map(Node::getLocalName).orElse("");
                found.put(entity, new EntityRef(iri, label, kind));
            }
            return found;
        });
    }
}
