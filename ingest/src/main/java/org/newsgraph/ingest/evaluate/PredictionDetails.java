package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;

/**
 * What a reader of an explanation wants to see of a predicted node, which the scorer's own queries
 * do not read: its label as written, the posts that mention it, its evidence sentences, and an
 * event's arguments by their labels. Read once, in a few queries over the default graph.
 * <pre>
 *   PredictionDetails details = new PredictionDetails(store);
 *   details.label(node);       // "Gonzalo Arrieta"
 *   details.sentences(event);  // the evidence sentences, in post order
 * </pre>
 */
final class PredictionDetails {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String LABELS = PREFIXES + "SELECT ?x ?label WHERE { ?x rdfs:label ?label }";
    private static final String MENTIONS = PREFIXES
            + "SELECT ?x ?position WHERE { ?x ng:mentionedIn ?post . ?post ng:position ?position }";
    private static final String EVIDENCE = PREFIXES + """
            SELECT ?x ?text ?position WHERE {
              ?x ng:evidence ?m . ?m ng:text ?text .
              OPTIONAL { ?m ng:post ?post . ?post ng:position ?position }
            }""";
    private static final String ROLES_OF = PREFIXES + "SELECT ?x ?of WHERE { ?x ng:roleOf ?of }";
    /** An event's arguments, participant last: it is the super-property of the others and repeats them. */
    static final List<String> ARGUMENTS = List.of("chair", "pledger", "recipient", "accuser", "accused",
            "speaker", "visitor", "destination", "attacker", "target", "participant", "amount", "allegation",
            "quote", "purpose", "location", "time", "until");
    private static final String EVENT_ARGUMENTS = PREFIXES + """
            SELECT ?x ?prop ?val ?av ?ac WHERE {
              VALUES ?prop { %s }
              ?x ?prop ?val .
              OPTIONAL { ?val ng:value ?av }
              OPTIONAL { ?val ng:currency ?ac }
            }""".formatted(String.join(" ", ARGUMENTS.stream().map(a -> "ng:" + a).toList()));

    private final Map<Term, String> labels = new HashMap<>();
    private final Map<Term, Set<Integer>> posts = new HashMap<>();
    private final Map<Term, Map<Integer, Set<String>>> evidence = new HashMap<>();
    private final Map<Term, Term> roleOf = new HashMap<>();
    private final Map<Term, Map<String, List<String>>> arguments = new HashMap<>();

    PredictionDetails(Store store) {
        for (Map<String, Term> row : Predictions.select(store, LABELS)) {
            labels.merge(row.get("x"), row.get("label").value(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        for (Map<String, Term> row : Predictions.select(store, MENTIONS)) {
            posts.computeIfAbsent(row.get("x"), k -> new TreeSet<>()).add(position(row.get("position")));
        }
        for (Map<String, Term> row : Predictions.select(store, EVIDENCE)) {
            int position = row.containsKey("position") ? position(row.get("position")) : 0;
            evidence.computeIfAbsent(row.get("x"), k -> new TreeMap<>())
                    .computeIfAbsent(position, k -> new TreeSet<>()).add(row.get("text").value());
        }
        for (Map<String, Term> row : Predictions.select(store, ROLES_OF)) {
            roleOf.put(row.get("x"), row.get("of"));
        }
        Map<Term, Map<String, Set<Term>>> values = new HashMap<>();
        Map<Term, String> amounts = new HashMap<>();
        for (Map<String, Term> row : Predictions.select(store, EVENT_ARGUMENTS)) {
            String property = row.get("prop").value().substring(NG.NS.length());
            values.computeIfAbsent(row.get("x"), k -> new HashMap<>())
                    .computeIfAbsent(property, k -> new LinkedHashSet<>()).add(row.get("val"));
            if (row.containsKey("av")) {
                amounts.put(row.get("val"), row.get("av").value()
                        + (row.containsKey("ac") ? " " + row.get("ac").value() : ""));
            }
        }
        values.forEach((event, byProperty) -> arguments.put(event, arguments(byProperty, amounts)));
    }

    /** The node's label, the least when it has several; else its literal text or the end of its IRI. */
    String label(Term node) {
        String label = labels.get(node);
        if (label != null) {
            return label;
        }
        if (node.isLiteral()) {
            return node.value();
        }
        String iri = node.value();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** The positions of the posts that mention the node, in order. */
    List<Integer> posts(Term node) {
        return List.copyOf(posts.getOrDefault(node, Set.of()));
    }

    /** The node's evidence sentences, by the position of their post (0 when it has none). */
    List<String> sentences(Term node) {
        List<String> out = new ArrayList<>();
        evidence.getOrDefault(node, Map.of()).forEach((position, texts) ->
                texts.forEach(t -> out.add(position == 0 ? t : "post " + position + ": " + t)));
        return out;
    }

    /** What a role node is of, by its label; empty when the graph does not say. */
    List<String> roleOf(Term role) {
        Term of = roleOf.get(role);
        return of == null ? List.of() : List.of(label(of));
    }

    /** An event's arguments by property, each value by its label; the participants other roles repeat are left out. */
    Map<String, List<String>> arguments(Term event) {
        return arguments.getOrDefault(event, Map.of());
    }

    private Map<String, List<String>> arguments(Map<String, Set<Term>> byProperty, Map<Term, String> amounts) {
        Set<Term> inRoles = new LinkedHashSet<>();
        byProperty.forEach((property, nodes) -> {
            if (!property.equals("participant")) {
                inRoles.addAll(nodes);
            }
        });
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String property : ARGUMENTS) {
            List<String> shown = byProperty.getOrDefault(property, Set.of()).stream()
                    .filter(v -> !property.equals("participant") || !inRoles.contains(v))
                    .map(v -> amounts.getOrDefault(v, label(v)))
                    .sorted()
                    .toList();
            if (!shown.isEmpty()) {
                out.put(property, shown);
            }
        }
        return out;
    }

    private static int position(Term term) {
        try {
            return Integer.parseInt(term.value());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
