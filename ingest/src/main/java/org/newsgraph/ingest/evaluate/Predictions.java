package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;

/**
 * What the graph in a store predicts, read with the {@link ScorerQueries} and gathered per node the
 * way the reference scorer gathers its solutions: in the order the solutions come, one entry per
 * entity, role or event node.
 * <pre>
 *   List&lt;PredictedEvent&gt; pledges = new Predictions(store).events("Pledge");
 * </pre>
 */
final class Predictions {
    /** Properties whose values are compared as text, not as entities. */
    private static final Set<String> TEXT_PROPERTIES = Set.of("quote", "allegation", "purpose", "until", "time");
    private static final String AMOUNT = "amount";

    private final Store store;

    Predictions(Store store) {
        this.store = store;
    }

    List<PredictedEntity> entities() {
        Map<Term, EntityNode> nodes = new LinkedHashMap<>();
        for (Map<String, Term> row : select(ScorerQueries.ENTITIES)) {
            Term e = row.get("e");
            if (e == null) {
                continue;
            }
            EntityNode node = nodes.computeIfAbsent(e, k -> new EntityNode());
            node.types.add(localName(text(row.get("type"))));
            if (row.containsKey("name")) {
                boolean label = row.containsKey("kind") && row.get("kind").value().equals("label");
                (label ? node.labels : node.aliases).add(row.get("name").value());
            }
        }
        List<PredictedEntity> out = new ArrayList<>();
        nodes.forEach((e, node) ->
            ScorerQueries.ENTITY_TYPES.stream().filter(node.types::contains).findFirst().ifPresent(type -> {
                Set<String> names = new HashSet<>(node.labels);
                names.addAll(node.aliases);
                out.add(new PredictedEntity(e, type, normalisedNonEmpty(names), normalised(node.labels)));
            }));
        return out;
    }

    List<PredictedRole> roles() {
        Map<List<Term>, RoleNode> nodes = new LinkedHashMap<>();
        for (Map<String, Term> row : select(ScorerQueries.ROLES)) {
            RoleNode node = nodes.computeIfAbsent(List.of(row.get("p"), row.get("role")), k -> new RoleNode());
            if (row.containsKey("pname")) {
                node.personNames.add(Names.normalise(row.get("pname").value()));
            }
            if (row.containsKey("title")) {
                node.titles.add(row.get("title").value());
            }
            if (row.containsKey("ofname")) {
                node.ofNames.add(Names.normalise(row.get("ofname").value()));
            } else if (row.containsKey("of") && row.get("of").isLiteral()) {
                node.ofNames.add(Names.normalise(row.get("of").value()));
            }
        }
        return nodes.entrySet().stream().map(n -> new PredictedRole(n.getKey().get(0), n.getKey().get(1),
                n.getValue().personNames, n.getValue().titles, n.getValue().ofNames)).toList();
    }

    List<PredictedEvent> events(String type) {
        Map<Term, EventValues> events = new LinkedHashMap<>();
        Map<Slot, SlotValues> slots = new LinkedHashMap<>();
        for (Map<String, Term> row : select(ScorerQueries.events(type))) {
            Term ev = row.get("ev");
            if (ev == null) {
                continue;
            }
            events.computeIfAbsent(ev, k -> new EventValues());
            if (!row.containsKey("prop") || !row.containsKey("val")) {
                continue;
            }
            Term val = row.get("val");
            SlotValues slot = slots.computeIfAbsent(new Slot(ev, localName(row.get("prop").value()), val),
                    k -> new SlotValues());
            if (val.isLiteral()) {
                slot.names.add(val.value());
            }
            if (row.containsKey("name")) {
                slot.names.add(row.get("name").value());
            }
            if (row.containsKey("av")) {
                slot.values.add(row.get("av").value());
            }
            if (row.containsKey("ac")) {
                slot.currencies.add(row.get("ac").value());
            }
        }
        slots.forEach((slot, values) -> events.get(slot.event).add(slot.property, values));
        return events.entrySet().stream().map(e -> new PredictedEvent(e.getKey(), e.getValue().agents,
                e.getValue().texts, e.getValue().amounts)).toList();
    }

    private List<Map<String, Term>> select(String query) {
        return select(store, query);
    }

    /** The solutions of a SELECT query over the store's default graph, each a map of variable names to values. */
    static List<Map<String, Term>> select(Store store, String query) {
        return store.read(dsg -> {
            List<Map<String, Term>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                exec.select().forEachRemaining(binding -> {
                    Map<String, Term> row = new HashMap<>();
                    binding.forEach((var, node) -> row.put(var.getVarName(), Term.of(node)));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static String text(Term term) {
        return term == null ? "" : term.value();
    }

    private static String localName(String iri) {
        return iri.startsWith(NG.NS) ? iri.substring(NG.NS.length()) : iri;
    }

    private static Set<String> normalised(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(Names.normalise(n)));
        return out;
    }

    private static Set<String> normalisedNonEmpty(Set<String> names) {
        Set<String> out = normalised(names);
        out.remove("");
        return out;
    }

    /** The names and types seen for one entity node. */
    private static final class EntityNode {
        final Set<String> types = new HashSet<>();
        final Set<String> labels = new HashSet<>();
        final Set<String> aliases = new HashSet<>();
    }

    /** What the solutions say of one (person, role) pair. */
    private static final class RoleNode {
        final Set<String> personNames = new HashSet<>();
        final Set<String> titles = new HashSet<>();
        final Set<String> ofNames = new HashSet<>();
    }

    /** What the solutions say of one event node. */
    private static final class EventValues {
        final Map<String, List<Set<String>>> agents = new HashMap<>();
        final Map<String, List<String>> texts = new HashMap<>();
        final List<PredictedAmount> amounts = new ArrayList<>();

        /** Adds one value of a property: an amount, texts, or the names of an entity. */
        void add(String property, SlotValues value) {
            if (property.equals(AMOUNT)) {
                amounts.addAll(value.amounts());
            } else if (TEXT_PROPERTIES.contains(property)) {
                texts.computeIfAbsent(property, k -> new ArrayList<>()).addAll(new TreeSet<>(value.names));
            } else {
                agents.computeIfAbsent(property, k -> new ArrayList<>()).add(normalisedNonEmpty(value.names));
            }
        }
    }

    /** One value of one property of one event. */
    private record Slot(Term event, String property, Term value) {}

    /** The names, numbers and currencies the solutions give for one {@link Slot}. */
    private static final class SlotValues {
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> values = new LinkedHashSet<>();
        final Set<String> currencies = new LinkedHashSet<>();

        /** Every (value, currency) pair, a missing part standing for itself. */
        List<PredictedAmount> amounts() {
            List<OptionalDouble> numbers = values.isEmpty() ? List.of(OptionalDouble.empty())
                    : values.stream().map(Amounts::number).toList();
            List<Optional<String>> codes = currencies.isEmpty() ? List.of(Optional.empty())
                    : currencies.stream().map(c -> c.isEmpty() ? Optional.<String>empty()
                            : Optional.of(Amounts.currencyCode(c))).toList();
            List<PredictedAmount> out = new ArrayList<>();
            numbers.forEach(n -> codes.forEach(c -> out.add(new PredictedAmount(n, c))));
            return out;
        }
    }
}
