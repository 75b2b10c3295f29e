package org.newsgraph.ingest.extract.entity;

import java.util.Locale;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Reading titles in a sentence ("UK Defence Secretary", "head of Russia's sovereign wealth fund") and
 * comparing them ("Secretary of State for Defence" and "Defence Secretary" share a head).
 */
final class Titles {
    /** A title of tokens [from, ...) of a sentence, and the entity it is held in, if the text says. */
    record Title(String text, StoryEntity of, int from) {}

    private Titles() {}

    /** The title written just before token {@code end}: "UK Defence Secretary", "Kremlin spokesperson", "our Ukraine correspondent". */
    static Title before(Mentions m, StoryText t, Sentence s, int end) {
        int k = end;
        boolean head = false;
        while (k > 0) {
            Token w = s.tok(k - 1);
            if (Lexicon.isTitleHead(w.word()) || w.ner().equals("TITLE") && !w.pos().equals("POS")) {
                head |= Lexicon.isTitleHead(w.word());
                k--;
            } else if (Lexicon.isTitleModifier(w.word()) && Lexicon.country(w.word()).isEmpty()) {
                k--;
            } else if ((w.lower().equals("of") || w.lower().equals("for")) && k - 1 > 0 && k < end
                    && (Lexicon.isTitleHead(s.tok(k - 2).word()) || Lexicon.isTitleModifier(s.tok(k - 2).word()))) {
                k--;
            } else {
                break;
            }
        }
        while (k < end && (s.tok(k).lower().equals("of") || s.tok(k).lower().equals("for"))) {
            k++;
        }
        if (!head || k >= end) {
            return null;
        }
        String text = capitalise(s.span(t.text(), k, end).toLowerCase(Locale.ROOT));
        StoryEntity of = null;
        int from = k;
        if (k > 0) {
            Token before = s.tok(k - 1);
            EntityMention owner = t.endingAt(s.index(), k);
            if (before.pos().equals("POS")) {
                owner = t.endingAt(s.index(), k - 1);
                if (owner != null) {
                    of = owner.ent;
                    from = owner.from;
                }
            } else if (owner != null) {
                if (owner.from > 0 && s.tok(owner.from - 1).lower().equals("our")) {
                    text = owner.surface + " " + text;
                    of = m.publisher;
                } else {
                    of = owner.ent;
                }
                from = owner.from;
            } else if (before.lower().equals("our")) {
                of = m.publisher;
            }
        }
        return new Title(text, agentOf(of), from);
    }

    /** "X, head of Russia's sovereign wealth fund,": an appositive title after token {@code to}, with what it is of. */
    static Title after(StoryText t, Sentence s, int to) {
        if (to >= s.size() || !s.tok(to).word().equals(",")) {
            return null;
        }
        int k = to + 1;
        if (k < s.size() && (s.tok(k).lower().equals("the") || s.tok(k).lower().equals("a"))) {
            k++;
        }
        int start = k;
        boolean head = false;
        while (k < s.size() && (Lexicon.isTitleHead(s.tok(k).word()) || Lexicon.isTitleModifier(s.tok(k).word()))) {
            head |= Lexicon.isTitleHead(s.tok(k).word());
            k++;
        }
        if (!head || k >= s.size()) {
            return null;
        }
        String text = capitalise(s.span(t.text(), start, k).toLowerCase(Locale.ROOT));
        if (s.tok(k).lower().equals("of") || s.tok(k).lower().equals("at")) {
            int m = k + 1;
            if (m < s.size() && s.tok(m).lower().equals("the")) {
                m++;
            }
            EntityMention best = t.startingAt(s.index(), m);
            if (best != null && best.ent != null && best.ent.isAgent()) {
                return new Title(text, best.ent, start);
            }
        }
        return null;
    }

    /** What a title is held in: a place's country, a person's country (a president's envoy acts for the country). */
    private static StoryEntity agentOf(StoryEntity of) {
        if (of != null && of.kind == EntityKind.PLACE) {
            of = of.country;
        }
        if (of != null && of.kind == EntityKind.PERSON && of.country != null) {
            of = of.country;
        }
        return of;
    }

    static String capitalise(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the") || w.isEmpty()) {
                b.append(w);
            } else {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replace("defense", "defence").replaceAll("[^a-z ]", "").strip();
    }

    /** The head word of a title: "Secretary of State for Defence" → "secretary-defence", "Defence Minister" → "minister-defence". */
    static String head(String title) {
        String[] w = normalise(title).split(" ");
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("of") || w[i].equals("for")) {
                return w[0].equals("secretary") && w.length > i + 1 && !w[i + 1].equals("state") ? w[0] : topicHead(w);
            }
        }
        return topicHead(w);
    }

    private static String topicHead(String[] w) {
        for (String x : w) {
            if (x.equals("secretary") || x.equals("minister")) {
                return x + topic(w);
            }
        }
        return w[w.length - 1];
    }

    private static String topic(String[] w) {
        for (String x : w) {
            if (Lexicon.isPortfolio(x)) {
                return "-" + x;
            }
        }
        return "";
    }
}
