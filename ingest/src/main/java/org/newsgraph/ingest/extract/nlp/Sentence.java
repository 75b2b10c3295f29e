package org.newsgraph.ingest.extract.nlp;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a post: its tokens, its span in the text and, once parsed, its enhanced++
 * dependencies. Dependency lookups return token indexes (from 0), or -1.
 */
public final class Sentence {
    private final int index;
    private final int paragraph;
    private final List<Token> toks;
    private final String text;
    private final CoreMap core;
    private SemanticGraph graph;

    public Sentence(int index, int paragraph, List<Token> toks, String text, CoreMap core) {
        this.index = index;
        this.paragraph = paragraph;
        this.toks = List.copyOf(toks);
        this.text = text;
        this.core = core;
    }

    public int index() {
        return index;
    }

    /** The paragraph it starts in, from 0 (paragraphs are separated by blank lines). */
    public int paragraph() {
        return paragraph;
    }

    public List<Token> toks() {
        return toks;
    }

    public Token tok(int i) {
        return toks.get(i);
    }

    public int size() {
        return toks.size();
    }

    public int begin() {
        return toks.isEmpty() ? 0 : toks.get(0).begin();
    }

    public int end() {
        return toks.isEmpty() ? 0 : toks.get(toks.size() - 1).end();
    }

    /** The sentence as it stands in the text. */
    public String text() {
        return text;
    }

    /** The text of tokens [from, to). */
    public String span(String body, int from, int to) {
        if (from >= to) {
            return "";
        }
        return body.substring(toks.get(from).begin(), toks.get(to - 1).end());
    }

    CoreMap core() {
        return core;
    }

    void parsed() {
        graph = core.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** Whether the dependency parse ran on this sentence. */
    public boolean isParsed() {
        return graph != null;
    }

    /** Dependents of token {@code head} whose relation starts with {@code rel} ("nsubj" also finds "nsubj:pass"). */
    public List<Integer> children(int head, String rel) {
        List<Integer> out = new ArrayList<>();
        for (SemanticGraphEdge e : edgesAt(head, true)) {
            String r = e.getRelation().toString();
            if (r.equals(rel) || r.startsWith(rel + ":")) {
                out.add(e.getDependent().index() - 1);
            }
        }
        return out;
    }

    /** Dependents of {@code head} by relation, with the full relation name ("obl:to"). */
    public List<String[]> edges(int head) {
        List<String[]> out = new ArrayList<>();
        for (SemanticGraphEdge e : edgesAt(head, true)) {
            out.add(new String[] {e.getRelation().toString(), Integer.toString(e.getDependent().index() - 1)});
        }
        return out;
    }

    /** The governors of {@code dep} as (relation, index) pairs. */
    public List<String[]> heads(int dep) {
        List<String[]> out = new ArrayList<>();
        for (SemanticGraphEdge e : edgesAt(dep, false)) {
            out.add(new String[] {e.getRelation().toString(), Integer.toString(e.getGovernor().index() - 1)});
        }
        return out;
    }

    /** The edges leaving ({@code outgoing}) or reaching token {@code index}; none when the sentence was not parsed. */
    private List<SemanticGraphEdge> edgesAt(int index, boolean outgoing) {
        IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(index + 1);
        if (node == null) {
            return List.of();
        }
        return outgoing ? graph.outgoingEdgeList(node) : graph.incomingEdgeList(node);
    }

    /** The token indexes of the subtree under {@code head}, itself included, from the basic tree. */
    public int[] subtreeSpan(int head) {
        if (graph == null) {
            return new int[] {head, head + 1};
        }
        IndexedWord node = graph.getNodeByIndexSafe(head + 1);
        if (node == null) {
            return new int[] {head, head + 1};
        }
        int lo = head;
        int hi = head;
        for (IndexedWord w : graph.descendants(node)) {
            lo = Math.min(lo, w.index() - 1);
            hi = Math.max(hi, w.index() - 1);
        }
        return new int[] {lo, hi + 1};
    }
}
