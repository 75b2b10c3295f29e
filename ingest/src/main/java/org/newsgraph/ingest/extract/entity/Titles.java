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
            } else if (Lexicon.isTitleModifier(w.word()) && Lexicon.country(w.word()).isEmpty()
                    || head && (isTopicWord(w) || isCapitalisedTopic(w)) && end - k < 4 || joiner(s, k - 1)) {
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
                } else if (k >= 2) {
                    of = referredOrganisation(m, t, s, k - 2);
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
            } else if (before.lower().equals("its")) {
                of = lastOrganisation(t, s.index(), k - 1, null);
            }
        }
        return new Title(text, agentOf(of), from);
    }

    /**
     * An appositive title after the name ending before token {@code to}: "X, head of Russia's sovereign
     * wealth fund,", "X, Bolivia's deputy foreign minister,", "X, the founder of the price-comparison site Y,",
     * "X, the association's president", "X is the Commission's director-general".
     */
    static Title after(Mentions m, StoryText t, Sentence s, int to) {
        if (to >= s.size() || !(s.tok(to).word().equals(",") || s.tok(to).lower().equals("is") || s.tok(to).lower().equals("was"))) {
            return null;
        }
        int k = to + 1;
        StoryEntity owner = null;
        boolean possessed = false;
        if (k < s.size() && (s.tok(k).lower().equals("the") || s.tok(k).lower().equals("a") || s.tok(k).lower().equals("an"))) {
            k++;
        }
        EntityMention first = t.startingAt(s.index(), k);
        if (first != null && first.to < s.size() && s.tok(first.to).pos().equals("POS")) {
            owner = first.ent;
            possessed = true;
            k = first.to + 1;
        } else if (k + 1 < s.size() && Lexicon.isOrganisationNoun(s.tok(k).word()) && s.tok(k + 1).pos().equals("POS")) {
            owner = referredOrganisation(m, t, s, k);
            possessed = true;
            k += 2;
        } else if (k < s.size() && s.tok(k).lower().equals("its")) {
            owner = lastOrganisation(t, s.index(), k, null);
            possessed = true;
            k++;
        }
        int start = k;
        int headEnd = -1;
        while (k < s.size() && k - start < 6 && (Lexicon.isTitleHead(s.tok(k).word()) || Lexicon.isTitleModifier(s.tok(k).word())
                || isTopicWord(s.tok(k)) || joiner(s, k))) {
            if (Lexicon.isTitleHead(s.tok(k).word())) {
                headEnd = k + 1;
            }
            k++;
        }
        if (headEnd < 0 || headEnd < s.size() && s.tok(headEnd).ner().equals("PERSON")) {
            return null; // "X, Germany's Defence Minister Y": the title is Y's
        }
        String text = capitalise(s.span(t.text(), start, headEnd).toLowerCase(Locale.ROOT));
        if (possessed) {
            return owner == null ? null : new Title(text, agentOf(owner), start);
        }
        if (headEnd < s.size() && (s.tok(headEnd).lower().equals("of") || s.tok(headEnd).lower().equals("at"))) {
            StoryEntity of = agentAfter(t, s, headEnd + 1);
            if (of != null) {
                return new Title(text, of, start);
            }
        }
        return null;
    }

    /**
     * The organisation or country named a few descriptive words after token {@code from} ("the
     * cybersecurity firm Quillbrook Security", "the Dutch site Findlo"); a demonym or a place there only describes it.
     */
    static StoryEntity agentAfter(StoryText t, Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 6; k++) {
            EntityMention o = t.startingAt(s.index(), k);
            if (o != null && o.how != EntityMention.How.DEMONYM && o.ent.isAgent()) {
                return o.ent;
            }
            if (o != null && o.how == EntityMention.How.NAME && !o.ent.isAgent() && !descriptive(s, o.to)) {
                return null;
            }
            Token w = s.tok(k);
            if (!(w.lower().equals("the") || w.lower().equals("a") || isTopicWord(w) || o != null
                    || w.pos().startsWith("JJ") || w.pos().startsWith("NN") && !w.capitalised())) {
                return null;
            }
        }
        return null;
    }

    /** Whether the token after a place goes on describing ("the Paris law firm X"). */
    private static boolean descriptive(Sentence s, int k) {
        return k < s.size() && !s.tok(k).capitalised() && (s.tok(k).pos().startsWith("NN") || s.tok(k).pos().startsWith("JJ"));
    }

    /** A lower-case word that can say what a title is about ("migration minister", "operations director"). */
    static boolean isTopicWord(Token w) {
        return !w.capitalised() && (w.pos().startsWith("NN") || w.pos().startsWith("JJ")) && !w.pos().equals("NNP")
                && w.word().chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /** A hyphen the tokenizer split from the words it joins ("director-general"). */
    private static boolean joiner(Sentence s, int k) {
        return s.tok(k).word().equals("-") && k > 0 && k + 1 < s.size()
                && s.tok(k - 1).end() == s.tok(k).begin() && s.tok(k).end() == s.tok(k + 1).begin();
    }

    /** A capitalised word of a title written in title case ("Migration Minister"), not a name the tagger knows. */
    private static boolean isCapitalisedTopic(Token w) {
        return w.capitalised() && (w.ner().equals("O") || w.ner().equals("TITLE")) && w.pos().startsWith("NN")
                && Lexicon.countryOfDemonym(w.word()).isEmpty() && w.word().chars().allMatch(Character::isLetter);
    }

    /** "the company" or "the association" at token {@code noun}: the organisation named last before it that fits the noun,
     * else the one organisation of the story whose name holds a specific noun ("the association"). */
    static StoryEntity referredOrganisation(Mentions m, StoryText t, Sentence s, int noun) {
        String word = s.tok(noun).lower();
        if (!Lexicon.isOrganisationNoun(word) || noun == 0 || !s.tok(noun - 1).lower().equals("the")) {
            return null;
        }
        if (Lexicon.isGenericOrganisationNoun(word)) {
            return lastOrganisation(t, s.index(), noun, null);
        }
        StoryEntity named = lastOrganisation(t, s.index(), noun, word);
        return named != null ? named : onlyOrganisationNamed(m, word);
    }

    /** The one organisation of the story whose name holds the noun, if there is one. */
    private static StoryEntity onlyOrganisationNamed(Mentions m, String noun) {
        StoryEntity found = null;
        for (StoryEntity e : m.ents.values()) {
            if (e.kind == EntityKind.ORGANISATION && e.named && Lexicon.key(e.label).matches(".*\\b" + noun + "\\b.*")) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * The organisation mentioned last before token {@code tok} of sentence {@code sent}; with a noun,
     * the last whose name holds it ("the association" → "Uzbekistan Wrestling Association"), else the last of any name.
     */
    static StoryEntity lastOrganisation(StoryText t, int sent, int tok, String noun) {
        EntityMention best = null;
        for (EntityMention o : t.occs) {
            boolean before = o.sent < sent || o.sent == sent && o.to <= tok;
            if (before && o.ent != null && o.ent.kind == EntityKind.ORGANISATION && o.how == EntityMention.How.NAME
                    && (noun == null || Lexicon.key(o.ent.label).matches(".*\\b" + noun + "\\b.*"))
                    && (best == null || o.sent > best.sent || o.sent == best.sent && o.from > best.from)) {
                best = o;
            }
        }
        return best == null ? null : best.ent;
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
