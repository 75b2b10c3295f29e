package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.ingest.extract.nlp.PostDoc;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * One annotated text of a story (a post's body or one of its captions), the mentions found in it so
 * far, and the tokens a name pattern has already claimed (so later passes do not read them again).
 */
final class StoryText {
    final int post;
    final PostDoc doc;
    final List<EntityMention> occs = new ArrayList<>();
    private final boolean[][] claimed;

    StoryText(int post, PostDoc doc) {
        this.post = post;
        this.doc = doc;
        this.claimed = new boolean[doc.sentences().size()][];
        for (Sentence s : doc.sentences()) {
            claimed[s.index()] = new boolean[s.size()];
        }
    }

    String text() {
        return doc.text();
    }

    List<Sentence> sentences() {
        return doc.sentences();
    }

    boolean claimed(Sentence s, int tok) {
        return claimed[s.index()][tok];
    }

    void claim(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            claimed[s.index()][k] = true;
        }
    }

    /** Adds a mention of tokens [from, to) of the sentence. */
    EntityMention add(Sentence s, int from, int to, EntityMention.How how, StoryEntity ent) {
        EntityMention m = new EntityMention(post, s.index(), from, to, how, s.span(doc.text(), from, to), ent);
        occs.add(m);
        return m;
    }

    /** The longest mention in sentence {@code sent} that ends before token {@code end}. */
    EntityMention endingAt(int sent, int end) {
        return longest(o -> o.sent == sent && o.to == end);
    }

    /** The longest mention in sentence {@code sent} that starts at token {@code from}. */
    EntityMention startingAt(int sent, int from) {
        return longest(o -> o.sent == sent && o.from == from);
    }

    private EntityMention longest(Predicate<EntityMention> where) {
        EntityMention best = null;
        for (EntityMention o : occs) {
            if (where.test(o) && (best == null || o.to - o.from > best.to - best.from)) {
                best = o;
            }
        }
        return best;
    }

    /** A mention covering token {@code tok} of sentence {@code sent}, if any. */
    EntityMention covering(int sent, int tok) {
        for (EntityMention o : occs) {
            if (o.sent == sent && o.from <= tok && tok < o.to) {
                return o;
            }
        }
        return null;
    }
}
