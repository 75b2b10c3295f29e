package org.newsgraph.ingest.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.entity.EntityMention;
import org.newsgraph.ingest.extract.entity.StoryEntities;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Finds an event's arguments around its trigger: the resolved entities at the subject, object
 * and prepositional dependents of a word in the dependency parse, the places after "in" or "at",
 * the speaker of a speech verb. Shared by every {@link EventRule}; token indexes are from 0.
 * <pre>
 *   List&lt;StoryEntity&gt; accusers = arguments.subjects(site, verb);
 * </pre>
 * <p>
 * Longer than 300 lines: one finder per dependency shape (subject, object, prepositional
 * dependent, possessor, a noun naming a role) that every rule shares, and that call one another.
 */
final class Arguments {
    private final StoryEntities ents;

    Arguments(StoryEntities ents) {
        this.ents = ents;
    }

    /** The entity the token at {@code tok} names, or null. */
    StoryEntity entityAt(Site at, int tok) {
        return ents.at(at.post(), at.sentence().index(), tok).map(EntityMention::ent).orElse(null);
    }

    /** The person, organisation or country the token at {@code tok} names, or null. */
    StoryEntity agentAt(Site at, int tok) {
        StoryEntity e = entityAt(at, tok);
        if (e == null && ents.at(at.post(), at.sentence().index(), tok).isEmpty()) {
            e = shortName(at, tok);
        }
        return e != null && e.isAgent() ? e : null;
    }

    /**
     * "the Commission" after "the European Commission": a capitalised word after "the" that no
     * mention covers names the one organisation of the story whose name ends in it.
     */
    private StoryEntity shortName(Site at, int tok) {
        Sentence s = at.sentence();
        String word = s.tok(tok).word();
        if (tok == 0 || !s.tok(tok - 1).lower().equals("the") || !s.tok(tok).pos().startsWith("NN") || word.length() < 4
                || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        return organisationEndingIn(word);
    }

    /**
     * "the association" after "the Uzbekistan Wrestling Association": a common noun after "the"
     * names the one organisation of the story whose name ends in it (case aside), or null.
     */
    StoryEntity roleNamed(Site at, int tok) {
        Sentence s = at.sentence();
        String word = s.tok(tok).word();
        int k = tok - 1;
        while (k > 0 && k > tok - 3 && s.tok(k).pos().equals("NN")) {
            k--; // "the city council"
        }
        if (k < 0 || !s.tok(k).lower().equals("the") || !s.tok(tok).pos().matches("NNS?") || word.length() < 4) {
            return null;
        }
        return organisationEndingIn(word);
    }

    private StoryEntity organisationEndingIn(String word) {
        String end = " " + word.toLowerCase(Locale.ROOT);
        StoryEntity found = null;
        for (int p = 0; p < ents.size(); p++) {
            for (StoryEntity e : ents.entitiesOf(p)) {
                if (e.kind() == EntityKind.ORGANISATION && e.label().toLowerCase(Locale.ROOT).endsWith(end) && e != found) {
                    if (found != null) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /** The story's entity of that label or alias, if one has it (case aside). */
    Optional<StoryEntity> named(String name) {
        for (int p = 0; p < ents.size(); p++) {
            for (StoryEntity e : ents.entitiesOf(p)) {
                if (e.label().equalsIgnoreCase(name) || e.aliases().stream().anyMatch(name::equalsIgnoreCase)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The mentions of resolved entities in the sentence. */
    List<EntityMention> mentions(Site at) {
        return ents.occs(at.post(), at.sentence().index());
    }

    /** The agents a noun phrase headed at {@code head} names: itself, a demonym or name before it, its conjuncts. */
    List<StoryEntity> npAgents(Site at, int head) {
        return npAgents(at, head, 0);
    }

    private List<StoryEntity> npAgents(Site at, int head, int depth) {
        Sentence s = at.sentence();
        List<StoryEntity> out = new ArrayList<>();
        if (head < 0 || depth > 3) {
            return out;
        }
        StoryEntity e = agentAt(at, head);
        if (e != null) {
            out.add(e);
        } else {
            for (String rel : new String[] {"compound", "amod", "appos", "flat", "dep"}) {
                for (int c : s.children(head, rel)) {
                    StoryEntity x = agentAt(at, c);
                    if (x != null && !out.contains(x)) {
                        out.add(x);
                    }
                }
            }
        }
        for (int c : s.children(head, "conj")) {
            for (StoryEntity x : npAgents(at, c, depth + 1)) {
                if (!out.contains(x)) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    /** The place, or the country named by name (not by a demonym), at {@code tok}, or null. */
    StoryEntity placeAt(Site at, int tok) {
        Optional<EntityMention> o = ents.at(at.post(), at.sentence().index(), tok);
        if (o.isEmpty() || o.get().ent() == null) {
            return null;
        }
        StoryEntity e = o.get().ent();
        return e.kind() == EntityKind.PLACE || e.kind() == EntityKind.COUNTRY && o.get().how() != EntityMention.How.DEMONYM ? e : null;
    }

    /** The subjects of verb {@code v}, or of the verb it depends on ("goes on to accuse", "travelled ... to meet"). */
    List<StoryEntity> subjects(Site at, int v) {
        Sentence s = at.sentence();
        List<StoryEntity> out = new ArrayList<>();
        for (int c : s.children(v, "nsubj")) {
            out.addAll(npAgents(at, c));
        }
        if (out.isEmpty() && s.children(v, "nsubj").isEmpty()) {
            for (String[] h : s.heads(v)) {
                if (h[0].startsWith("xcomp") || h[0].startsWith("advcl") || h[0].startsWith("conj")) {
                    int g = Integer.parseInt(h[1]);
                    for (int c : s.children(g, "nsubj")) {
                        out.addAll(npAgents(at, c));
                    }
                    if (!out.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The main verb of the sentence (the root of its parse), or -1. */
    static int root(Sentence s) {
        if (!s.isParsed()) {
            return -1;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.heads(i).isEmpty() && (s.tok(i).isVerb() || s.tok(i).isNoun() || s.tok(i).pos().startsWith("JJ"))) {
                return i;
            }
        }
        return -1;
    }

    /** The full relation ("obl:on") by which {@code dep} depends on {@code head}, or "". */
    static String relation(Sentence s, int head, int dep) {
        for (String[] e : s.edges(head)) {
            if (Integer.parseInt(e[1]) == dep) {
                return e[0];
            }
        }
        return "";
    }

    /** Agents in the dependents of {@code head} by relations starting with {@code rel} ("obl:with", "nmod:on"). */
    List<StoryEntity> dependentAgents(Site at, int head, String rel) {
        List<StoryEntity> out = new ArrayList<>();
        for (int c : at.sentence().children(head, rel)) {
            out.addAll(npAgents(at, c));
        }
        return out;
    }

    /** Places in the dependents of {@code head} by any of {@code rels}, with their conjuncts and compounds. */
    List<StoryEntity> dependentPlaces(Site at, int head, String... rels) {
        Sentence s = at.sentence();
        List<StoryEntity> out = new ArrayList<>();
        for (String rel : rels) {
            for (int c : s.children(head, rel)) {
                StoryEntity e = placeAt(at, c);
                if (e != null) {
                    out.add(e);
                }
                for (String inner : new String[] {"conj", "compound"}) {
                    for (int cc : s.children(c, inner)) {
                        StoryEntity x = placeAt(at, cc);
                        if (x != null) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Places named after one of {@code preps} ("in", "at") from token {@code from} on, outside quotes. */
    List<StoryEntity> placesAfter(Site at, Set<String> preps, int from) {
        Sentence s = at.sentence();
        List<StoryEntity> out = new ArrayList<>();
        boolean[] quoted = Quotes.inside(at.text(), s);
        for (EntityMention o : mentions(at)) {
            if (o.from() >= from && o.from() > 0 && !quoted[o.from()] && o.ent() != null
                    && (o.ent().kind() == EntityKind.PLACE || o.ent().kind() == EntityKind.COUNTRY && o.how() == EntityMention.How.NAME)) {
                int k = o.from() - 1;
                if (k > 0 && (s.tok(k).lower().equals("the") || s.tok(k).pos().equals("POS"))) {
                    k--;
                }
                if (k > 0 && s.tok(k).pos().equals("POS")) {
                    k--;
                }
                if (preps.contains(s.tok(k).lower()) || k > 0 && preps.contains(s.tok(k - 1).lower()) && s.tok(k).pos().startsWith("NNP")) {
                    out.add(o.ent());
                }
            }
        }
        return out;
    }

    /** Every agent the sentence names outside quotes, except by a demonym. */
    List<StoryEntity> sentenceAgents(Site at) {
        List<StoryEntity> out = new ArrayList<>();
        boolean[] quoted = Quotes.inside(at.text(), at.sentence());
        for (EntityMention o : mentions(at)) {
            if (o.ent() != null && o.ent().isAgent() && !quoted[o.from()] && o.how() != EntityMention.How.DEMONYM
                    && !out.contains(o.ent())) {
                out.add(o.ent());
            }
        }
        return out;
    }

    /** Whether the token at {@code i} stands inside quotation marks. */
    static boolean inQuote(Site at, int i) {
        return Quotes.inside(at.text(), at.sentence())[i];
    }

    /** Whether the subject of speech verb {@code v} is named by a name (not a title or pronoun). */
    boolean namedSubject(Site at, int v) {
        List<Integer> subj = at.sentence().children(v, "nsubj");
        int tok = subj.isEmpty() ? Math.max(0, v - 1) : subj.get(0);
        return ents.at(at.post(), at.sentence().index(), tok).map(o -> o.how() == EntityMention.How.NAME).orElse(false);
    }

    /** Who speaks through speech verb {@code v}: its subject, a name before "saying", or the subject of the verb it hangs on. */
    List<StoryEntity> speakers(Site at, int v, boolean[] quoted) {
        Sentence s = at.sentence();
        List<StoryEntity> out = new ArrayList<>();
        for (int c : s.children(v, "nsubj")) {
            if (!quoted[c]) {
                out.addAll(npAgents(at, c));
            }
        }
        if (!out.isEmpty() || !s.children(v, "nsubj").isEmpty() && s.tok(v).pos().startsWith("VB") && !s.tok(v).pos().equals("VBG")) {
            return out;
        }
        Token t = s.tok(v);
        if (t.pos().equals("VBG") && v > 0 && !s.tok(v - 1).word().equals(",")) {
            for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
                StoryEntity e = agentAt(at, k);
                if (e != null && !quoted[k]) {
                    out.add(e);
                    return out;
                }
            }
        }
        for (String[] h : s.heads(v)) {
            if (h[0].startsWith("advcl") || h[0].startsWith("xcomp") || h[0].startsWith("conj") || h[0].startsWith("acl")
                    || h[0].startsWith("parataxis")) {
                int g = Integer.parseInt(h[1]);
                for (int c : s.children(g, "nsubj")) {
                    out.addAll(npAgents(at, c));
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (t.pos().equals("VBG")) {
            int r = root(s);
            if (r >= 0 && r != v) {
                for (int c : s.children(r, "nsubj")) {
                    if (!quoted[c]) {
                        out.addAll(npAgents(at, c));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (!s.isParsed()) {
            for (int k = v - 1; k >= 0; k--) {
                StoryEntity e = agentAt(at, k);
                if (e != null && !quoted[k]) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }
}
