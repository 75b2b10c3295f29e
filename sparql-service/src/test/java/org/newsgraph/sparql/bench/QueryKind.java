package org.newsgraph.sparql.bench;

import java.util.Random;
import java.util.function.BiFunction;
import org.newsgraph.ontology.NG;

/**
 * The analyst queries of the benchmark, over the default graph (the union of the post graphs).
 * Each is a template whose parameters are drawn per call from values in the data, so that no
 * two calls need send the same text; global aggregates vary their LIMIT.
 */
enum QueryKind {
    PLEDGE_TOTALS("pledge totals", (mix, random) -> """
            SELECT ?pledger ?currency (SUM(?value) AS ?total) (COUNT(DISTINCT ?pledge) AS ?pledges)
            WHERE { ?pledge a ng:Pledge ; ng:pledger ?p ; ng:amount ?amount .
                    ?p rdfs:label ?pledger . ?amount ng:value ?value ; ng:currency ?currency }
            GROUP BY ?pledger ?currency ORDER BY DESC(?total) ?pledger ?currency LIMIT %d
            """.formatted(10 + random.nextInt(51))),
    ACCUSATIONS("accusations between two countries", (mix, random) -> {
        QueryMix.CountryPair pair = QueryMix.pick(mix.accusingPairs(), random);
        return """
                SELECT ?accusation ?allegation ?verified ?at
                WHERE { ?accusation a ng:Accusation ; ng:accuser <%s> ; ng:accused <%s> ; ng:mentionedIn ?post .
                        ?post ng:publishedAt ?at .
                        OPTIONAL { ?accusation ng:allegation ?allegation } OPTIONAL { ?accusation ng:verified ?verified } }
                ORDER BY ?at ?accusation
                """.formatted(pair.accuser(), pair.accused());
    }),
    TIMELINE("a person's timeline", (mix, random) -> """
            SELECT ?event ?kind ?at ?post
            WHERE { ?event ng:participant <%s> ; a ?kind ; ng:mentionedIn ?post .
                    ?post ng:publishedAt ?at .
                    VALUES ?kind { ng:Meeting ng:Pledge ng:Accusation ng:Statement ng:Visit ng:Attack } }
            ORDER BY ?at ?event
            """.formatted(QueryMix.pick(mix.people(), random))),
    MEETING_PAIRS("co-occurrence in meetings", (mix, random) -> """
            SELECT ?a ?b (COUNT(DISTINCT ?meeting) AS ?meetings)
            WHERE { ?meeting a ng:Meeting ; ng:participant ?x , ?y .
                    ?x a ng:Person ; rdfs:label ?a . ?y a ng:Person ; rdfs:label ?b .
                    FILTER (?a < ?b) }
            GROUP BY ?a ?b ORDER BY DESC(?meetings) ?a ?b LIMIT %d
            """.formatted(20 + random.nextInt(81))),
    ROLES("roles of a country", (mix, random) -> """
            SELECT ?person ?name ?title
            WHERE { ?role ng:roleOf <%s> ; ng:title ?title . ?person ng:holdsRole ?role ; rdfs:label ?name }
            ORDER BY ?name ?title
            """.formatted(QueryMix.pick(mix.roleCountries(), random))),
    MENTIONS("posts mentioning an entity", (mix, random) -> """
            SELECT ?post ?at ?headline
            WHERE { <%s> ng:mentionedIn ?post . ?post ng:publishedAt ?at ; ng:headline ?headline }
            ORDER BY DESC(?at) ?post LIMIT 100
            """.formatted(QueryMix.pick(mix.mentioned(), random))),
    TWO_HOP("two-hop path", (mix, random) -> {
        String person = QueryMix.pick(mix.people(), random);
        return """
                SELECT ?other ?name ?country (COUNT(DISTINCT ?event) AS ?events)
                WHERE { ?event ng:participant <%s> , ?other .
                        ?other a ng:Person ; rdfs:label ?name ; ng:holdsRole/ng:roleOf/rdfs:label ?country .
                        FILTER (?other != <%s>) }
                GROUP BY ?other ?name ?country ORDER BY DESC(?events) ?name ?country
                """.formatted(person, person);
    }),
    QUOTES("quote search", (mix, random) -> """
            SELECT ?statement ?speaker ?quote ?at
            WHERE { ?statement a ng:Statement ; ng:quote ?quote ; ng:speaker/rdfs:label ?speaker ;
                               ng:mentionedIn/ng:publishedAt ?at .
                    FILTER (CONTAINS(LCASE(?quote), "%s")) }
            ORDER BY DESC(?at) ?statement LIMIT 100
            """.formatted(QueryMix.pick(mix.quoteWords(), random)));

    static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private final String label;
    private final BiFunction<QueryMix, Random, String> template;

    QueryKind(String label, BiFunction<QueryMix, Random, String> template) {
        this.label = label;
        this.template = template;
    }

    /** What the query asks, for reports. */
    String label() {
        return label;
    }

    /** A query of this kind with parameters drawn from {@code mix} by {@code random}. */
    String text(QueryMix mix, Random random) {
        return PREFIXES + template.apply(mix, random);
    }
}
