package org.newsgraph.sparql.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Full-text search of headlines, bodies and quotes, with each hit's post and story: one SPARQL
 * query joining {@code text:query} with graph patterns. The words are bound into the query as a
 * literal, never spliced into its text; they are read as a Lucene query (words, "phrases", AND,
 * OR, -word, prefix*).
 */
@ApplicationScoped
public class Search {
    private static final Query QUERY = QueryFactory.create("""
            PREFIX ng: <%s>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?hit ?score ?snippet ?field ?post ?headline ?at ?story ?title
            WHERE {
              (?hit ?score ?snippet ?graph ?field) text:query (ng:headline ng:body ng:quote ?words ?limit "%s") .
              OPTIONAL { ?hit ng:mentionedIn ?mentioned }
              BIND(COALESCE(?mentioned, ?hit) AS ?post)
              ?post ng:headline ?headline ; ng:publishedAt ?at ; ng:inStory ?story .
              OPTIONAL { ?story rdfs:label ?title }
            }
            ORDER BY DESC(?score) DESC(?at) ?post
            """.formatted(NG.NS, Snippets.OPTIONS));

    private final Store store;
    private final ServiceConfig config;

    Search(Store store, ServiceConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * The hits for {@code words}, best first, from at most {@code limit} matching texts. Words that
     * are no Lucene query ({@code Russia/Ukraine}: a / starts a regular expression; {@code a~})
     * are searched for again as plain words, their operators escaped.
     *
     * @throws IllegalArgumentException when even the plain words are no query (an unclosed quote)
     */
    public List<Hit> find(String words, int limit) {
        try {
            return hits(words, limit);
        } catch (RuntimeException | Error e) {
            if (!unparsable(e)) {
                throw e;
            }
            try {
                return hits(plain(words), limit);
            } catch (RuntimeException | Error again) {
                if (!unparsable(again)) {
                    throw again;
                }
                throw new IllegalArgumentException("Not a search: " + e.getMessage(), e);
            }
        }
    }

    private List<Hit> hits(String words, int limit) {
        return store.read(dsg -> {
            List<Hit> hits = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(QUERY)
                    .substitution("words", NodeFactory.createLiteralString(words))
                    .substitution("limit", NodeFactory.createLiteralDT(Integer.toString(limit),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))
                    .timeout(config.queryTimeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> hits.add(hit(row)));
            }
            return hits;
        });
    }

    /**
     * Whether the text index refused the words as a query: jena-text says so with a
     * TextIndexParseException, or, for what Lucene's parser fails on otherwise (a TokenMgrError,
     * an IllegalArgumentException), with a TextIndexException about the "query".
     */
    private static boolean unparsable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TextIndexParseException || cause.getClass().getName().startsWith("org.apache.lucene.")
                    || (cause instanceof TextIndexException && "query".equals(cause.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words with Lucene's operator characters escaped, so that they are read as words; quotes
     * stay, since a phrase is what a user who types them means, and an unclosed one is a typo to report.
     */
    static String plain(String words) {
        StringBuilder plain = new StringBuilder(words.length() + 8);
        for (char c : words.toCharArray()) {
            if ("\\+-!():^[]{}~*?|&/".indexOf(c) >= 0) {
                plain.append('\\');
            }
            plain.append(c);
        }
        return plain.toString();
    }

    private static Hit hit(Binding row) {
        return new Hit(row.get("hit").getURI(), field(row.get("field")),
                ((Number) row.get("score").getLiteralValue()).doubleValue(), Snippets.html(text(row, "snippet")),
                row.get("post").getURI(), text(row, "headline"), text(row, "at"), row.get("story").getURI(),
                text(row, "title"));
    }

    /** The name of the predicate that matched: headline, body or quote. */
    private static String field(Node predicate) {
        return predicate == null ? "" : predicate.getLocalName();
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? "" : n.getLiteralLexicalForm();
    }
}
