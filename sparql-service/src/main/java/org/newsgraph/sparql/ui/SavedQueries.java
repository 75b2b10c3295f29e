package org.newsgraph.sparql.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newsgraph.ontology.NewsgraphOntology;

/**
 * The analysts' saved queries of the query page, read once from {@code queries/*.rq} beside
 * this class. Each file starts with a {@code # title} line; the PREFIX lines of the project's
 * prefixes that the query uses are put in front, so the files hold only the query itself.
 * <pre>
 *   savedQueries.all().get(0).title();   // "Pledges by pledger, with their sums per currency"
 * </pre>
 */
@ApplicationScoped
public class SavedQueries {
    /** The files, in the order of the menu. */
    private static final List<String> FILES = List.of("stories", "pledges-by-pledger", "who-accused-whom", "meetings",
            "person-timeline", "people-together");

    /** A saved query: its file name, the title from its first line, and its text with prefixes. */
    public record SavedQuery(String id, String title, String text) {}

    private final List<String> texts = FILES.stream().map(SavedQueries::read).toList();
    private final List<SavedQuery> queries = IntStream.range(0, FILES.size())
            .mapToObj(i -> new SavedQuery(FILES.get(i), title(texts.get(i)), withPrefixes(texts.get(i))))
            .toList();

    /** The queries, in menu order. */
    public List<SavedQuery> all() {
        return queries;
    }

    /** What the editor starts with: every project prefix declared, then the first saved query. */
    public String start() {
        return NewsgraphOntology.PREFIXES.entrySet().stream().map(SavedQueries::declaration)
                .collect(Collectors.joining()) + "\n" + texts.get(0);
    }

    /** The PREFIX lines for the project's prefixes that {@code query} uses, then the query. */
    static String withPrefixes(String query) {
        String prologue = NewsgraphOntology.PREFIXES.entrySet().stream()
                .filter(p -> Pattern.compile("(?<![\\w-])" + Pattern.quote(p.getKey()) + ":").matcher(query).find())
                .map(SavedQueries::declaration).collect(Collectors.joining());
        return prologue + query;
    }

    private static String declaration(Map.Entry<String, String> prefix) {
        return "PREFIX " + prefix.getKey() + ": <" + prefix.getValue() + ">\n";
    }

    private static String title(String text) {
        return text.substring(2, text.indexOf('\n')).strip();
    }

    /** The text of a query file, checked to start with its title. */
    private static String read(String id) {
        String resource = "queries/" + id + ".rq";
        try (InputStream in = SavedQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath beside " + SavedQueries.class.getName() + ": " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.startsWith("# ")) {
                throw new IllegalStateException(resource + " must start with a '# title' line");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
