package org.newsgraph.sparql.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.newsgraph.core.store.Store;

/**
 * The benchmark's mix of analyst queries and the values their parameters are drawn from, all
 * read from the store so that every query finds rows. Each list is sorted, so that the same seed
 * draws the same queries from the same data.
 *
 * @param people         IRIs of people who met at least one other person
 * @param accusingPairs  countries that accused another country, with that country
 * @param roleCountries  IRIs of countries that roles belong to
 * @param mentioned      IRIs of agents mentioned in posts
 * @param quoteWords     lower-case words of five letters or more found in quotes
 */
record QueryMix(List<String> people, List<CountryPair> accusingPairs, List<String> roleCountries,
                List<String> mentioned, List<String> quoteWords) {

    /** A country that accused another. */
    record CountryPair(String accuser, String accused) {}

    /** One query to send: its kind, for the report, and its text. */
    record BenchQuery(QueryKind kind, String text) {}

    QueryMix {
        people = nonEmpty(people, "people who met someone");
        accusingPairs = nonEmpty(accusingPairs, "accusations between countries");
        roleCountries = nonEmpty(roleCountries, "roles of countries");
        mentioned = nonEmpty(mentioned, "mentioned agents");
        quoteWords = nonEmpty(quoteWords, "quotes");
    }

    /** The parameter values found in a store's posts. */
    static QueryMix of(Store store) {
        return store.read(dsg -> new QueryMix(
                iris(dsg, "SELECT DISTINCT ?v { ?m a ng:Meeting ; ng:participant ?v , ?o . ?v a ng:Person . ?o a ng:Person"
                        + " FILTER (?v != ?o) } ORDER BY ?v"),
                select(dsg, "SELECT DISTINCT ?a ?b { ?x a ng:Accusation ; ng:accuser ?a ; ng:accused ?b ."
                        + " ?a a ng:Country . ?b a ng:Country } ORDER BY ?a ?b",
                        row -> new CountryPair(row.get("a").getURI(), row.get("b").getURI())),
                iris(dsg, "SELECT DISTINCT ?v { ?r ng:roleOf ?v . ?v a ng:Country } ORDER BY ?v"),
                iris(dsg, "SELECT DISTINCT ?v { ?v a ng:Agent ; ng:mentionedIn ?post } ORDER BY ?v"),
                words(select(dsg, "SELECT DISTINCT ?q { ?s ng:quote ?q }", row -> row.get("q").getLiteralLexicalForm()))));
    }

    /** The next query: a kind drawn uniformly, then its parameters. */
    BenchQuery next(Random random) {
        QueryKind kind = QueryKind.values()[random.nextInt(QueryKind.values().length)];
        return new BenchQuery(kind, kind.text(this, random));
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> iris(DatasetGraph dsg, String select) {
        return select(dsg, select, row -> row.get("v").getURI());
    }

    private static <T> List<T> select(DatasetGraph dsg, String select, Function<Binding, T> value) {
        List<T> values = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryKind.PREFIXES + select).build()) {
            exec.select().forEachRemaining(row -> values.add(value.apply(row)));
        }
        return values;
    }

    private static List<String> words(List<String> quotes) {
        TreeSet<String> words = new TreeSet<>();
        for (String quote : quotes) {
            for (String word : quote.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 5) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    private static <T> List<T> nonEmpty(List<T> values, String what) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the data hold no " + what + " to draw queries from");
        }
        return List.copyOf(values);
    }
}
