package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.core.store.Store;

/**
 * The same queries over the same data on an embedded Fuseki 5.6.0 (a TDB2 dataset with the union
 * default graph, as newsgraph's store) and on this service give the same results: solutions as
 * multisets, or as sequences when the query orders them; graphs up to isomorphism. Both are
 * asked through Jena's own HTTP client, which is also a check that it works against this service.
 * The data are {@link FerryStrike}'s posts, written by a store in memory for Fuseki exactly as
 * {@link TestStore} writes them for the service.
 */
@QuarkusTest
@WithTestResource(TestStore.class)
class DifferentialTest {
    private static final String P = Sparql.PREFIXES;
    private static FusekiServer fuseki;
    private static List<String> postGraphs;

    @TestHTTPResource("/sparql")
    String service;

    @BeforeAll
    static void startFusekiWithTheSameQuads() {
        List<Quad> quads = new ArrayList<>();
        try (Store store = Store.inMemory(FerryStrike.BASE)) {
            store.write(FerryStrike.posts());
            store.read(dsg -> {
                dsg.findNG(null, null, null, null).forEachRemaining(quads::add);
                return quads;
            });
        }
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
        postGraphs = Iter.toList(Iter.distinct(quads.stream().map(Quad::getGraph).map(g -> g.getURI()).sorted().iterator()));
        fuseki = FusekiServer.create().port(0).add("/ds", dsg).build().start();
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.stop();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("aggregates", P + "SELECT ?story (COUNT(DISTINCT ?post) AS ?posts) (MIN(?at) AS ?first) (MAX(?n) AS ?last)"
                        + " { ?post ng:inStory ?story ; ng:publishedAt ?at ; ng:position ?n } GROUP BY ?story", List.of(), List.of()),
                Arguments.of("group by with having", P + "SELECT ?type (COUNT(*) AS ?n) { ?s a ?type } GROUP BY ?type HAVING (COUNT(*) > 1)",
                        List.of(), List.of()),
                Arguments.of("optional", P + "SELECT ?e ?label ?alias { ?e rdfs:label ?label OPTIONAL { ?e ng:alias ?alias } }",
                        List.of(), List.of()),
                Arguments.of("filter", P + "SELECT ?post ?h { ?post ng:headline ?h FILTER (CONTAINS(LCASE(?h), \"union\") || REGEX(?h, \"^Cross\")) }",
                        List.of(), List.of()),
                Arguments.of("order by", P + "SELECT ?h ?n { ?post ng:headline ?h ; ng:position ?n } ORDER BY DESC(?n)", List.of(), List.of()),
                Arguments.of("graph ?g", P + "SELECT ?g (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                        List.of(), List.of()),
                Arguments.of("union of graphs is a set", P + "SELECT ?label { <" + FerryStrike.STORY + "> rdfs:label ?label }",
                        List.of(), List.of()),
                Arguments.of("ask true", P + "ASK { ?m a ng:Meeting }", List.of(), List.of()),
                Arguments.of("ask false", P + "ASK { ?m a ng:Attack }", List.of(), List.of()),
                Arguments.of("construct", P + "CONSTRUCT { ?who ng:metIn ?m } WHERE { ?m a ng:Meeting ; ?role ?who . ?who a ng:Agent }",
                        List.of(), List.of()),
                Arguments.of("describe", "DESCRIBE <" + FerryStrike.STORY + ">", List.of(), List.of()),
                Arguments.of("default-graph-uri", P + "SELECT ?h { ?post ng:headline ?h }", List.of(0), List.of()),
                Arguments.of("two default graphs", P + "SELECT ?h { ?post ng:headline ?h }", List.of(0, 2), List.of()),
                Arguments.of("named-graph-uri", P + "SELECT ?g ?h { GRAPH ?g { ?post ng:headline ?h } }", List.of(), List.of(1, 2)),
                Arguments.of("default and named", P + "SELECT ?h ?g ?h2 { ?p ng:headline ?h OPTIONAL { GRAPH ?g { ?q ng:headline ?h2 } } }",
                        List.of(1), List.of(0)),
                Arguments.of("dataset construct", P + "CONSTRUCT { ?post ng:headline ?h } WHERE { ?post ng:headline ?h }",
                        List.of(2), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theServiceAnswersAsFusekiDoes(String name, String queryText, List<Integer> defaultGraphs, List<Integer> namedGraphs) {
        Query query = QueryFactory.create(queryText);
        QueryExecHTTPBuilder ours = dataset(QueryExecHTTP.service(service).query(query), defaultGraphs, namedGraphs);
        QueryExecHTTPBuilder theirs = dataset(QueryExecHTTP.service(fuseki.datasetURL("/ds")).query(query), defaultGraphs, namedGraphs);
        switch (query.queryType()) {
            case SELECT -> {
                RowSetRewindable expected = theirs.select().rewindable();
                RowSetRewindable actual = ours.select().rewindable();
                assertTrue(expected.size() > 0, "a query that finds nothing would prove little");
                expected.reset();
                boolean same = query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                        : ResultSetCompare.equalsByTerm(expected, actual);
                assertTrue(same, () -> "Fuseki:\n" + text(expected) + "newsgraph:\n" + text(actual));
                if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
                    expected.reset();
                    RowSetRewindable whole = QueryExecHTTP.service(service).query(query).select().rewindable();
                    assertFalse(ResultSetCompare.equalsByTerm(expected, whole), "the dataset of the request made a difference");
                }
            }
            case ASK -> assertEquals(theirs.ask(), ours.ask());
            case CONSTRUCT, DESCRIBE -> {
                Graph expected = query.isConstructType() ? theirs.construct() : theirs.describe();
                Graph actual = query.isConstructType() ? ours.construct() : ours.describe();
                assertFalse(expected.isEmpty(), "an empty graph would prove little");
                assertTrue(actual.isIsomorphicWith(expected), () -> "Fuseki:\n" + expected + "\nnewsgraph:\n" + actual);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }

    @Test
    void namedGraphsAloneLeaveAnEmptyDefaultGraphOnBoth() {
        Query query = QueryFactory.create(P + "SELECT ?h { ?post ng:headline ?h }");
        for (String endpoint : List.of(service, fuseki.datasetURL("/ds"))) {
            assertEquals(0, dataset(QueryExecHTTP.service(endpoint).query(query), List.of(), List.of(0)).select().rewindable().size(),
                    endpoint);
        }
    }

    private static QueryExecHTTPBuilder dataset(QueryExecHTTPBuilder exec, List<Integer> defaultGraphs, List<Integer> namedGraphs) {
        defaultGraphs.forEach(i -> exec.addDefaultGraphURI(postGraphs.get(i)));
        namedGraphs.forEach(i -> exec.addNamedGraphURI(postGraphs.get(i)));
        return exec;
    }

    private static String text(RowSetRewindable rows) {
        rows.reset();
        StringBuilder text = new StringBuilder();
        rows.forEachRemaining(row -> text.append(row).append('\n'));
        return text.toString();
    }
}
