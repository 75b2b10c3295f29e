package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.story.Post;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.entity.EntityMention;
import org.newsgraph.ingest.extract.entity.StoryEntities;
import org.newsgraph.ingest.extract.nlp.PostDoc;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Finds the events of each sentence of a story from trigger words, the dependency parse and the
 * kinds of the entities around them; {@link EventMerger} then makes one event of each real-world
 * event the story reports several times.
 */
final class EventFinder {
    private static final Pattern UNVERIFIED = Pattern.compile(
            "(unable to|cannot|can ?not|could not|couldn't|has not been able to|have not been able to|not been able to)"
                    + " (independently )?(verify|confirm)|unverified|not (been )?(independently )?verified",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PURPOSE = Pattern.compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:in|of|for|worth of)\\s+((?:new |additional |further |extra |more )?(?:[a-z-]+ ){0,2}"
                    + "(?:aid|support|assistance|funding|weaponry|weapons|equipment|loans?|grants?|investment|relief|help|ammunition))\\b");
    private static final Set<String> PARTICIPATE = Set.of("attend", "join", "participate", "take", "hold", "host",
            "chair", "co-chair", "cochair", "lead", "open", "address");

    private final StoryEntities ents;
    private final List<Post> posts;
    final List<EventCandidate> cands = new ArrayList<>();

    EventFinder(StoryEntities ents, List<Post> posts) {
        this.ents = ents;
        this.posts = posts;
    }

    /** Finds the candidates of every post. */
    List<EventCandidate> run() {
        for (int p = 0; p < posts.size(); p++) {
            PostDoc doc = ents.body(p);
            boolean unverified = UNVERIFIED.matcher(doc.text()).find();
            List<EventCandidate> statements = new ArrayList<>();
            List<Sentence> pending = new ArrayList<>();
            EventCandidate lastStatement = null;
            EventCandidate lastAccusation = null;
            int lastParagraph = -1;
            for (Sentence s : doc.sentences()) {
                if (s.paragraph() != lastParagraph) {
                    pending.clear();
                }
                LocalDate date = posts.get(p).publishedAt().toLocalDate();
                int before = cands.size();
                meetings(p, s, date);
                visits(p, s, date);
                attacks(p, s, date);
                pledges(p, s, date);
                EventCandidate acc = accusations(p, s, date, unverified);
                EventCandidate st = statement(p, s, date);
                if (st != null && restatesPledge(s, st, before)) {
                    st = null;
                }
                if (st != null && lastAccusation != null && lastAccusation.sent.index() == s.index() - 1
                        && lastAccusation.a.equals(st.a) && elaborates(p, s, lastAccusation)) {
                    lastAccusation.texts.addAll(st.texts);
                    st = null;
                }
                if (st == null && quoteOnly(doc.text(), s)) {
                    if (lastStatement != null && lastStatement.post == p && s.paragraph() - lastStatement.sent.paragraph() <= 1
                            && s.paragraph() != lastParagraph) {
                        st = new EventCandidate(EventKind.STATEMENT, p, s);
                        st.a.addAll(lastStatement.a);
                        st.texts.add(quoted(doc.text(), s));
                    } else {
                        pending.add(s);
                    }
                }
                if (st != null) {
                    for (Sentence q : pending) {
                        st.texts.add(0, quoted(doc.text(), q));
                    }
                    pending.clear();
                    statements.add(st);
                    lastStatement = st;
                }
                if (acc != null) {
                    lastAccusation = acc;
                }
                lastParagraph = s.paragraph();
                for (int k = before; k < cands.size(); k++) {
                    if (cands.get(k).kind == EventKind.ACCUSATION) {
                        cands.get(k).verified = !unverified;
                    }
                }
            }
            cands.addAll(statements);
        }
        return cands;
    }

    // ------------------------------------------------------------------ entity lookups

    private StoryEntity occEnt(int p, Sentence s, int tok) {
        return ents.at(p, s.index(), tok).map(EntityMention::ent).orElse(null);
    }

    private StoryEntity agentAt(int p, Sentence s, int tok) {
        StoryEntity e = occEnt(p, s, tok);
        return e != null && e.isAgent() ? e : null;
    }

    /** The agents a noun phrase headed at {@code head} names: itself, a demonym or name before it, its conjuncts. */
    private List<StoryEntity> npAgents(int p, Sentence s, int head, int depth) {
        List<StoryEntity> out = new ArrayList<>();
        if (head < 0 || depth > 3) {
            return out;
        }
        StoryEntity e = agentAt(p, s, head);
        if (e != null) {
            out.add(e);
        } else {
            for (String rel : new String[] {"compound", "amod", "appos", "flat", "dep"}) {
                for (int c : s.children(head, rel)) {
                    StoryEntity x = agentAt(p, s, c);
                    if (x != null && !out.contains(x)) {
                        out.add(x);
                    }
                }
            }
        }
        for (int c : s.children(head, "conj")) {
            for (StoryEntity x : npAgents(p, s, c, depth + 1)) {
                if (!out.contains(x)) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    private StoryEntity placeAt(int p, Sentence s, int tok) {
        Optional<EntityMention> o = ents.at(p, s.index(), tok);
        if (o.isEmpty() || o.get().ent() == null) {
            return null;
        }
        StoryEntity e = o.get().ent();
        return e.kind() == EntityKind.PLACE || e.kind() == EntityKind.COUNTRY && o.get().how() != EntityMention.How.DEMONYM ? e : null;
    }

    /** The subjects of verb {@code v}, or of the verb it depends on ("goes on to accuse", "travelled ... to meet"). */
    private List<StoryEntity> subjects(int p, Sentence s, int v) {
        List<StoryEntity> out = new ArrayList<>();
        for (int c : s.children(v, "nsubj")) {
            out.addAll(npAgents(p, s, c, 0));
        }
        if (out.isEmpty() && s.children(v, "nsubj").isEmpty()) {
            for (String[] h : s.heads(v)) {
                if (h[0].startsWith("xcomp") || h[0].startsWith("advcl") || h[0].startsWith("conj")) {
                    int g = Integer.parseInt(h[1]);
                    for (int c : s.children(g, "nsubj")) {
                        out.addAll(npAgents(p, s, c, 0));
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
    private static int root(Sentence s) {
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

    /** Agents in the dependents of {@code head} by relations starting with {@code rel} ("obl:with", "nmod:on"). */
    private List<StoryEntity> dependentAgents(int p, Sentence s, int head, String rel) {
        List<StoryEntity> out = new ArrayList<>();
        for (int c : s.children(head, rel)) {
            out.addAll(npAgents(p, s, c, 0));
        }
        return out;
    }

    private List<StoryEntity> dependentPlaces(int p, Sentence s, int head, String... rels) {
        List<StoryEntity> out = new ArrayList<>();
        for (String rel : rels) {
            for (int c : s.children(head, rel)) {
                StoryEntity e = placeAt(p, s, c);
                if (e != null) {
                    out.add(e);
                }
                for (int cc : s.children(c, "conj")) {
                    StoryEntity x = placeAt(p, s, cc);
                    if (x != null) {
                        out.add(x);
                    }
                }
                for (int cc : s.children(c, "compound")) {
                    StoryEntity x = placeAt(p, s, cc);
                    if (x != null) {
                        out.add(x);
                    }
                }
            }
        }
        return out;
    }

    /** Places after "in", "at" (or "to") anywhere in the sentence, outside quotes. */
    private List<StoryEntity> placesAfter(int p, Sentence s, Set<String> preps, int from) {
        List<StoryEntity> out = new ArrayList<>();
        boolean[] quoted = Quotes.inside(ents.body(p).text(), s);
        for (EntityMention o : ents.occs(p, s.index())) {
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

    private List<StoryEntity> sentenceAgents(int p, Sentence s) {
        List<StoryEntity> out = new ArrayList<>();
        boolean[] quoted = Quotes.inside(ents.body(p).text(), s);
        for (EntityMention o : ents.occs(p, s.index())) {
            if (o.ent() != null && o.ent().isAgent() && !quoted[o.from()] && o.how() != EntityMention.How.DEMONYM
                    && !out.contains(o.ent())) {
                out.add(o.ent());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ meetings

    private void meetings(int p, Sentence s, LocalDate date) {
        EventCandidate found = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean verb = t.isVerb() && TriggerWords.MEET_VERBS.contains(t.lemma());
            boolean noun = t.isNoun() && TriggerWords.MEET_NOUNS.contains(t.lower());
            if (!verb && !noun || TriggerWords.cancelled(s, i) || inQuote(p, s, i)) {
                continue;
            }
            if (noun && i > 0 && (s.tok(i - 1).lower().equals("press") || s.tok(i - 1).lower().equals("news"))) {
                continue;
            }
            if (noun && t.lower().equals("negotiations")) {
                continue;
            }
            EventCandidate c = found != null ? found : new EventCandidate(EventKind.MEETING, p, s);
            boolean chairing = t.lemma().equals("chair") || t.lemma().equals("co-chair") || t.lemma().equals("cochair");
            if (verb) {
                List<StoryEntity> subj = subjects(p, s, i);
                (chairing ? c.b : c.a).addAll(subj);
                c.a.addAll(dependentAgents(p, s, i, "obj"));
                c.a.addAll(dependentAgents(p, s, i, "obl:with"));
                c.a.addAll(dependentAgents(p, s, i, "obl:between"));
                for (int o : s.children(i, "obj")) {
                    if (TriggerWords.MEET_NOUNS.contains(s.tok(o).lower())) {
                        c.a.addAll(dependentAgents(p, s, o, "compound"));
                        c.a.addAll(dependentAgents(p, s, o, "nmod:poss"));
                        c.places.addAll(dependentPlaces(p, s, o, "nmod:at", "nmod:in"));
                    }
                }
                c.places.addAll(dependentPlaces(p, s, i, "obl:in", "obl:at", "obl"));
                c.direct = true;
            } else {
                c.a.addAll(dependentAgents(p, s, i, "nmod:poss"));
                c.a.addAll(dependentAgents(p, s, i, "nmod:with"));
                c.a.addAll(dependentAgents(p, s, i, "nmod:between"));
                c.a.addAll(dependentAgents(p, s, i, "compound"));
                c.places.addAll(dependentPlaces(p, s, i, "nmod:in", "nmod:at", "compound"));
                for (String[] h : s.heads(i)) {
                    int g = Integer.parseInt(h[1]);
                    if (h[0].startsWith("obj") || h[0].startsWith("obl") || h[0].startsWith("nsubj")) {
                        if (PARTICIPATE.contains(s.tok(g).lemma())) {
                            boolean chairVerb = s.tok(g).lemma().contains("chair");
                            (chairVerb ? c.b : c.a).addAll(subjects(p, s, g));
                            if (chairVerb) {
                                c.b.addAll(dependentAgents(p, s, g, "obj"));
                            }
                        }
                        if (chairVerb(s, g)) {
                            c.b.addAll(dependentAgents(p, s, g, "obj"));
                        }
                        c.places.addAll(dependentPlaces(p, s, g, "obl:in", "obl:at"));
                    }
                }
                int k = i - 1;
                while (k >= 0 && (s.tok(k).pos().startsWith("JJ") || s.tok(k).pos().startsWith("NN") || s.tok(k).pos().equals("CD"))) {
                    k--;
                }
                if (k >= 0 && (s.tok(k).lower().equals("the") || s.tok(k).lower().equals("that") || s.tok(k).lower().equals("this")
                        || s.tok(k).pos().equals("POS") && k > 0 && s.tok(k - 1).lower().matches("today|yesterday"))) {
                    c.definite = true;
                }
            }
            if (c.a.size() + c.b.size() < 2 && !c.definite) {
                for (StoryEntity e : sentenceAgents(p, s)) {
                    if (!c.b.contains(e)) {
                        c.a.add(e);
                    }
                }
            }
            c.places.addAll(placesAfter(p, s, Set.of("in", "at"), 0));
            found = c;
        }
        if (found == null) {
            return;
        }
        found.a.removeAll(found.b);
        for (StoryEntity e : found.places) {
            found.a.remove(e);
            found.b.remove(e);
        }
        found.time = Dates.day(s.text(), date).orElse(null);
        int n = found.a.size() + found.b.size();
        if (n >= 2 || n >= 1 && !found.places.isEmpty() || found.definite && (n >= 1 || !found.places.isEmpty() || found.time != null)) {
            found.confidence = n >= 2 && found.direct ? 0.85 : n >= 2 ? 0.7 : 0.55;
            cands.add(found);
        }
    }

    private static boolean chairVerb(Sentence s, int g) {
        return s.tok(g).lemma().contains("chair");
    }

    // ------------------------------------------------------------------ visits

    private void visits(int p, Sentence s, LocalDate date) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean verb = t.isVerb() && TriggerWords.VISIT_VERBS.contains(t.lemma());
            boolean noun = t.isNoun() && TriggerWords.VISIT_NOUNS.contains(t.lower());
            if (!verb && !noun || TriggerWords.cancelled(s, i) || inQuote(p, s, i)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.VISIT, p, s);
            if (verb) {
                c.a.addAll(subjects(p, s, i));
                c.b.addAll(dependentPlaces(p, s, i, "obl:to", "obl:in", "obj", "obl"));
            } else {
                c.a.addAll(dependentAgents(p, s, i, "nmod:poss"));
                c.b.addAll(dependentPlaces(p, s, i, "nmod:to", "nmod:in", "compound"));
            }
            if (c.b.isEmpty()) {
                c.b.addAll(placesAfter(p, s, Set.of("to", "in"), i + 1).stream().limit(1).toList());
            }
            c.a.removeIf(e -> c.b.contains(e));
            if (c.a.isEmpty()) {
                continue;
            }
            c.time = Dates.day(s.text(), date).orElse(null);
            c.confidence = c.b.isEmpty() ? 0.5 : verb ? 0.85 : 0.7;
            cands.add(c);
            return;
        }
    }

    // ------------------------------------------------------------------ attacks

    private void attacks(int p, Sentence s, LocalDate date) {
        EventCandidate c = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean noun = t.isNoun() && TriggerWords.ATTACK_NOUNS.contains(t.lower());
            boolean verb = t.isVerb() && TriggerWords.ATTACK_VERBS.contains(t.lemma());
            if (!noun && !verb || TriggerWords.cancelled(s, i) || TriggerWords.stopped(s, i) || inQuote(p, s, i)) {
                continue;
            }
            if (c == null) {
                c = new EventCandidate(EventKind.ATTACK, p, s);
            }
            if (noun) {
                for (String rel : new String[] {"amod", "nmod:poss", "compound", "nmod:by"}) {
                    c.a.addAll(dependentAgents(p, s, i, rel));
                }
                for (int k : s.children(i, "nmod")) {
                    String rel = relation(s, i, k);
                    if (rel.equals("nmod:on") || rel.equals("nmod:against")) {
                        target(p, s, k, c);
                    }
                }
                for (String[] h : s.heads(i)) {
                    int g = Integer.parseInt(h[1]);
                    if (h[0].startsWith("nsubj") && s.tok(g).isVerb() && TriggerWords.ATTACK_VERBS.contains(s.tok(g).lemma())) {
                        for (int o : s.children(g, "obj")) {
                            target(p, s, o, c);
                        }
                    }
                    if (h[0].startsWith("obj") && (s.tok(g).lemma().equals("launch") || s.tok(g).lemma().equals("carry")
                            || s.tok(g).lemma().equals("conduct") || s.tok(g).lemma().equals("step"))) {
                        c.a.addAll(subjects(p, s, g));
                    }
                }
            } else if (!s.children(i, "nsubj:pass").isEmpty()) {
                // "Odesa was hit by Russian drones": the subject is the target, the agent attacks
                for (int o : s.children(i, "nsubj:pass")) {
                    target(p, s, o, c);
                }
                for (int o : s.children(i, "obl:agent")) {
                    c.a.addAll(npAgents(p, s, o, 0));
                }
                for (int o : s.children(i, "obl")) {
                    if (relation(s, i, o).equals("obl:agent") || relation(s, i, o).equals("obl:by")) {
                        c.a.addAll(npAgents(p, s, o, 0));
                    }
                }
            } else {
                List<StoryEntity> subj = subjects(p, s, i);
                c.a.addAll(subj);
                for (int o : s.children(i, "obj")) {
                    target(p, s, o, c);
                }
                for (int o : s.children(i, "obl")) {
                    String rel = relation(s, i, o);
                    if (rel.equals("obl:on") || rel.equals("obl:at")) {
                        target(p, s, o, c);
                    }
                }
            }
        }
        if (c == null) {
            return;
        }
        EventCandidate f = c;
        c.places.addAll(placesAfter(p, s, Set.of("in", "on", "near", "at"), 0));
        c.b.removeIf(e -> e.kind() == EntityKind.PLACE && !f.places.contains(e) && false);
        c.a.removeAll(c.b);
        if (c.b.isEmpty()) {
            for (StoryEntity pl : c.places) {
                if (pl.kind() == EntityKind.COUNTRY && !c.a.contains(pl)) {
                    c.b.add(pl);
                    break;
                }
                if (pl.country().isPresent() && !c.a.contains(pl.country().get())) {
                    c.b.add(pl.country().get());
                    break;
                }
            }
        }
        c.places.removeIf(e -> f.a.contains(e));
        // an attack needs an attacker with a target or a place, or, when nobody is named, a named target
        boolean targetNamed = !c.b.isEmpty() && (!c.places.isEmpty() || c.b.stream().anyMatch(e -> e.kind() == EntityKind.PLACE));
        if (c.a.isEmpty() ? !targetNamed : c.b.isEmpty() && c.places.isEmpty()) {
            return;
        }
        c.time = Dates.day(s.text(), date).orElse(null);
        c.confidence = c.b.isEmpty() ? 0.55 : 0.75;
        cands.add(c);
    }

    private void target(int p, Sentence s, int head, EventCandidate c) {
        List<StoryEntity> agents = npAgents(p, s, head, 0);
        StoryEntity place = placeAt(p, s, head);
        if (place != null && place.kind() == EntityKind.PLACE) {
            c.b.add(place);
        }
        c.b.addAll(agents);
        for (int k : s.children(head, "nmod")) {
            String rel = relation(s, head, k);
            if (rel.equals("nmod:in") || rel.equals("nmod:near") || rel.equals("nmod:at")) {
                StoryEntity pl = placeAt(p, s, k);
                if (pl != null) {
                    c.places.add(pl);
                }
                for (int cc : s.children(k, "compound")) {
                    StoryEntity x = placeAt(p, s, cc);
                    if (x != null) {
                        c.places.add(x);
                    }
                }
            }
        }
    }

    private static String relation(Sentence s, int head, int dep) {
        for (String[] e : s.edges(head)) {
            if (Integer.parseInt(e[1]) == dep) {
                return e[0];
            }
        }
        return "";
    }

    // ------------------------------------------------------------------ pledges

    private void pledges(int p, Sentence s, LocalDate date) {
        String body = ents.body(p).text();
        List<Money.Found> money = Money.find(s.text());
        if (money.isEmpty()) {
            return;
        }
        int trigger = -1;
        for (int i = 0; i < s.size(); i++) {
            if (TriggerWords.PLEDGE.contains(s.tok(i).lemma()) && !TriggerWords.cancelled(s, i)) {
                trigger = trigger < 0 || s.tok(i).isVerb() && !s.tok(trigger).isVerb() ? i : trigger;
            }
        }
        if (trigger < 0) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            if (TriggerWords.PLEDGE.contains(s.tok(i).lemma()) && TriggerWords.cancelled(s, i)) {
                return;
            }
        }
        // the first amount and those in brackets right after it are one pledge in several currencies
        List<List<Money.Found>> groups = new ArrayList<>();
        for (Money.Found f : money) {
            if (!groups.isEmpty()) {
                List<Money.Found> g = groups.get(groups.size() - 1);
                Money.Found last = g.get(g.size() - 1);
                String between = s.text().substring(last.end(), f.start());
                if (between.matches("\\s*[(,]\\s*|\\)?\\s*\\(\\s*|\\s*,\\s*|\\s*\\)\\s*\\(\\s*|\"?\\s*\\(\\s*")) {
                    g.add(f);
                    continue;
                }
            }
            List<Money.Found> g = new ArrayList<>();
            g.add(f);
            groups.add(g);
        }
        for (List<Money.Found> g : groups) {
            if (runningTotal(s, tokenAt(s, s.begin() + g.get(0).start()))) {
                continue; // "bringing its total this year to €270m" sums earlier pledges up
            }
            EventCandidate c = new EventCandidate(EventKind.PLEDGE, p, s);
            for (Money.Found f : g) {
                if (c.amounts.stream().noneMatch(a -> a.currency().equals(f.amount().currency()))) {
                    c.amounts.add(f.amount());
                }
            }
            int at = tokenAt(s, s.begin() + g.get(0).start());
            int endTok = tokenAt(s, s.begin() + g.get(g.size() - 1).end() - 1);
            // 1. "the UK's £4.5bn"
            if (at >= 2 && s.tok(at - 1).pos().equals("POS")) {
                StoryEntity e = agentAt(p, s, at - 2);
                if (e != null) {
                    c.a.add(e);
                    c.direct = true;
                }
            }
            // 2. "offered by Germany"
            if (c.a.isEmpty()) {
                for (int i = 0; i + 1 < s.size(); i++) {
                    if (s.tok(i).lower().equals("by") && i > 0 && s.tok(i - 1).pos().equals("VBN")) {
                        StoryEntity e = agentAt(p, s, i + 1);
                        if (e == null && i + 2 < s.size() && s.tok(i + 1).lower().equals("the")) {
                            e = agentAt(p, s, i + 2);
                        }
                        if (e != null) {
                            c.a.add(e);
                            c.direct = true;
                            break;
                        }
                    }
                }
            }
            // 3. the subject of the pledging verb, or of the sentence
            if (c.a.isEmpty()) {
                for (int i = 0; i < s.size() && c.a.isEmpty(); i++) {
                    if (s.tok(i).isVerb() && TriggerWords.PLEDGE.contains(s.tok(i).lemma())) {
                        for (StoryEntity e : subjects(p, s, i)) {
                            if (e.kind() != EntityKind.PERSON) {
                                c.a.add(e);
                                c.direct = true;
                            }
                        }
                    }
                }
            }
            if (c.a.isEmpty()) {
                // the subject of the main verb: "the ministry detailed the support it will provide from the €11bn"
                int r = root(s);
                if (r >= 0) {
                    c.a.addAll(subjects(p, s, r));
                }
            }
            // 4. the person who announces it: "Healey said allies had pledged ..."
            if (c.a.isEmpty()) {
                for (int i = 0; i < s.size() && c.a.isEmpty(); i++) {
                    if (s.tok(i).isVerb() && TriggerWords.SPEECH.contains(s.tok(i).lemma())) {
                        c.a.addAll(speakers(p, s, i, Quotes.inside(body, s)));
                    }
                }
            }
            // recipient: "to Ukraine", "for Ukraine", "providing Ukraine"
            for (int i = endTok + 1; i + 1 < s.size(); i++) {
                String w = s.tok(i).lower();
                if (w.equals("to") || w.equals("for")) {
                    StoryEntity e = agentAt(p, s, i + 1);
                    if (e != null && !c.a.contains(e)) {
                        c.b.add(e);
                        break;
                    }
                }
            }
            if (c.b.isEmpty()) {
                for (int i = 0; i + 1 < s.size(); i++) {
                    if (s.tok(i).isVerb() && TriggerWords.PLEDGE.contains(s.tok(i).lemma())) {
                        StoryEntity e = agentAt(p, s, i + 1);
                        if (e != null && !c.a.contains(e) && e.kind() == EntityKind.COUNTRY) {
                            c.b.add(e);
                            break;
                        }
                    }
                }
            }
            Matcher m = PURPOSE.matcher(s.text().substring(g.get(g.size() - 1).end()));
            if (m.find()) {
                c.purpose = m.group(1).replaceFirst("^(new|additional|further|extra|more) ", "");
            }
            c.until = Dates.until(s.text(), date).orElse(null);
            c.time = Dates.day(s.text(), date).orElse(null);
            c.confidence = c.direct ? 0.8 : 0.6;
            cands.add(c);
        }
    }

    private static boolean runningTotal(Sentence s, int at) {
        for (int k = Math.max(0, at - 10); k < at; k++) {
            String l = s.tok(k).lemma();
            if (l.equals("bring") || l.equals("raise") && k + 1 < at && s.tok(k + 1).lemma().matches("its|their|the")) {
                for (int m = k; m < at; m++) {
                    if (s.tok(m).lemma().equals("total")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (Token t : s.toks()) {
            if (t.end() > offset) {
                return t.i();
            }
        }
        return s.size() - 1;
    }

    // ------------------------------------------------------------------ accusations

    private EventCandidate accusations(int p, Sentence s, LocalDate date, boolean unverified) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            if (!t.isVerb() || !TriggerWords.ACCUSE.contains(t.lemma()) || TriggerWords.cancelled(s, i) || inQuote(p, s, i)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.ACCUSATION, p, s);
            c.a.addAll(subjects(p, s, i));
            if (c.a.isEmpty() && t.pos().equals("VBG") && i > 0) {
                StoryEntity e = agentAt(p, s, i - 1);
                if (e != null) {
                    c.a.add(e);
                }
            }
            if (t.lemma().equals("allege")) {
                for (int cc : s.children(i, "ccomp")) {
                    for (int sub : s.children(cc, "nsubj")) {
                        c.b.addAll(npAgents(p, s, sub, 0));
                    }
                }
            } else {
                c.b.addAll(dependentAgents(p, s, i, "obj"));
            }
            c.b.removeAll(c.a);
            if (c.a.isEmpty() || c.b.isEmpty()) {
                continue;
            }
            int of = -1;
            for (int k = i + 1; k < s.size(); k++) {
                String w = s.tok(k).lower();
                if (w.equals("of") || w.equals("for") || w.equals("that")) {
                    of = k;
                    break;
                }
            }
            if (of > 0 && of + 1 < s.size()) {
                int end = s.size();
                while (end > of + 1 && s.tok(end - 1).pos().matches("[.,:;]|''|``")) {
                    end--;
                }
                c.texts.add(s.span(ents.body(p).text(), of + 1, end));
            }
            c.verified = !unverified;
            c.time = Dates.day(s.text(), date).orElse(null);
            c.confidence = 0.8;
            cands.add(c);
            return c;
        }
        return null;
    }

    /** A remark whose words hold the amount of a pledge found in the same sentence only restates the pledge. */
    private boolean restatesPledge(Sentence s, EventCandidate statement, int from) {
        for (int k = from; k < cands.size(); k++) {
            EventCandidate c = cands.get(k);
            if (c.kind == EventKind.PLEDGE && c.sent == s) {
                for (String text : statement.texts) {
                    if (!Money.find(text).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the sentence's reported clause is about the accused: it elaborates the accusation. */
    private boolean elaborates(int p, Sentence s, EventCandidate accusation) {
        for (EntityMention o : ents.occs(p, s.index())) {
            if (o.ent() != null && accusation.b.contains(o.ent())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ statements

    private EventCandidate statement(int p, Sentence s, LocalDate date) {
        String body = ents.body(p).text();
        boolean[] quoted = Quotes.inside(body, s);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean according = t.lower().equals("according") && i + 1 < s.size() && s.tok(i + 1).lower().equals("to");
            if (!according && (!t.isVerb() || !TriggerWords.SPEECH.contains(t.lemma()) || quoted[i])) {
                continue;
            }
            if (according) {
                StoryEntity e = null;
                for (int k = i + 2; k < s.size() && e == null; k++) {
                    e = agentAt(p, s, k);
                }
                if (e == null || i < 3) {
                    continue;
                }
                EventCandidate c = new EventCandidate(EventKind.STATEMENT, p, s);
                c.a.add(e);
                int end = i;
                while (end > 0 && s.tok(end - 1).pos().matches("[.,:;]")) {
                    end--;
                }
                c.texts.add(s.span(body, 0, end));
                c.time = date;
                c.confidence = 0.7;
                return c;
            }
            if (s.tok(i).lemma().equals("add") && i + 1 < s.size() && s.tok(i + 1).lower().equals("to")) {
                continue; // "add to"
            }
            List<StoryEntity> speakers = speakers(p, s, i, quoted);
            if (speakers.isEmpty()) {
                continue;
            }
            if (TriggerWords.cancelled(s, i) && !s.text().strip().endsWith("?\"") && !s.text().strip().endsWith("?”")) {
                if (s.text().strip().endsWith("?")) {
                    return null;
                }
            }
            if (!saysSomething(s, i, quoted)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.STATEMENT, p, s);
            c.a.addAll(speakers);
            String content = content(body, s, i, quoted);
            if (content.isBlank() || content.split("\\s+").length < 2 || !hasVerb(s, content, quoted)) {
                continue;
            }
            c.texts.add(content);
            c.time = date;
            c.direct = ents.at(p, s.index(), firstSubject(s, i)).map(o -> o.how() == EntityMention.How.NAME).orElse(false);
            c.confidence = 0.75;
            return c;
        }
        return null;
    }

    /** A speech verb reports words when it has a clause or a quotation: "announced their support" does not. */
    private static boolean saysSomething(Sentence s, int v, boolean[] quoted) {
        for (boolean q : quoted) {
            if (q) {
                return true;
            }
        }
        if (!s.isParsed()) {
            return true;
        }
        for (String[] e : s.edges(v)) {
            if (e[0].startsWith("ccomp") || e[0].startsWith("parataxis") || e[0].startsWith("xcomp")) {
                return true;
            }
        }
        for (String[] h : s.heads(v)) {
            if (h[0].startsWith("parataxis")) {
                return true;
            }
        }
        return v + 1 < s.size() && s.tok(v + 1).lower().equals("that");
    }

    /** Reported speech is a clause: its words hold a verb, or it is quoted. */
    private static boolean hasVerb(Sentence s, String content, boolean[] quoted) {
        for (boolean q : quoted) {
            if (q) {
                return true;
            }
        }
        for (Token t : s.toks()) {
            if ((t.isVerb() || t.pos().equals("MD")) && content.contains(t.word())) {
                return true;
            }
        }
        return false;
    }

    private int firstSubject(Sentence s, int v) {
        List<Integer> subj = s.children(v, "nsubj");
        return subj.isEmpty() ? Math.max(0, v - 1) : subj.get(0);
    }

    private List<StoryEntity> speakers(int p, Sentence s, int v, boolean[] quoted) {
        List<StoryEntity> out = new ArrayList<>();
        for (int c : s.children(v, "nsubj")) {
            if (!quoted[c]) {
                out.addAll(npAgents(p, s, c, 0));
            }
        }
        if (!out.isEmpty() || !s.children(v, "nsubj").isEmpty() && s.tok(v).pos().startsWith("VB") && !s.tok(v).pos().equals("VBG")) {
            return out;
        }
        Token t = s.tok(v);
        if (t.pos().equals("VBG") && v > 0 && !s.tok(v - 1).word().equals(",")) {
            for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
                StoryEntity e = agentAt(p, s, k);
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
                    out.addAll(npAgents(p, s, c, 0));
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
                        out.addAll(npAgents(p, s, c, 0));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (!s.isParsed()) {
            for (int k = v - 1; k >= 0; k--) {
                StoryEntity e = agentAt(p, s, k);
                if (e != null && !quoted[k]) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** What was said: the quotation before "..., he says", or the clause after "says (that)". */
    private static String content(String body, Sentence s, int v, boolean[] quoted) {
        boolean quoteBefore = false;
        for (int k = 0; k < v; k++) {
            if (quoted[k]) {
                quoteBefore = true;
                break;
            }
        }
        List<int[]> spans = Quotes.spans(body);
        if (quoteBefore && s.tok(0).begin() <= firstQuoted(s, quoted) + 2) {
            StringBuilder b = new StringBuilder();
            for (int[] sp : spans) {
                int from = Math.max(sp[0], s.begin());
                int to = Math.min(sp[1], s.end());
                if (from < to) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(body, from, to);
                }
            }
            return trim(b.toString());
        }
        for (int k = v + 1; k < s.size(); k++) {
            if (quoted[k]) {
                break;
            }
            if (s.tok(k).word().equals(":") && k + 1 < s.size()) {
                // "told the radio station: "We have ..."": what follows the colon
                return trim(s.span(body, k + 1, s.size()));
            }
        }
        int from = v + 1;
        // "said on Thursday that ...": the clause starts after "that"
        for (int k = from; k < Math.min(s.size(), from + 6); k++) {
            if (s.tok(k).lower().equals("that") && !quoted[k]) {
                from = k + 1;
                break;
            }
            if (s.tok(k).isVerb()) {
                break;
            }
        }
        while (from < s.size() && (s.tok(from).lower().equals("that") || s.tok(from).word().matches("[,:]")
                || s.tok(from).lower().equals("by") || s.tok(from).lower().equals("saying"))) {
            from++;
        }
        if (from >= s.size() - 1 || s.size() - from <= 1) {
            // "..., his spokesman Hussein Mohamed said.": what comes before the attribution
            int end = v;
            while (end > 0 && !s.tok(end - 1).word().equals(",")) {
                end--;
            }
            if (end > 1) {
                return trim(s.span(body, 0, end - 1));
            }
        }
        int to = s.size();
        // drop a trailing ", he says" / ", he adds"
        for (int k = s.size() - 1; k > from + 1; k--) {
            if (s.tok(k).isVerb() && TriggerWords.SPEECH.contains(s.tok(k).lemma()) && s.tok(k - 1).pos().startsWith("PRP")
                    && k - 2 >= from && s.tok(k - 2).word().matches("[,\"”'’]")) {
                to = k - 2;
                break;
            }
        }
        return trim(s.span(body, from, to));
    }

    private static int firstQuoted(Sentence s, boolean[] quoted) {
        for (int k = 0; k < s.size(); k++) {
            if (quoted[k]) {
                return s.tok(k).begin();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String trim(String text) {
        return text.strip().replaceAll("^[\"“”'‘’,\\s]+|[\"“”'‘’.,;:\\s]+$", "");
    }

    private boolean quoteOnly(String body, Sentence s) {
        boolean[] q = Quotes.inside(body, s);
        int in = 0;
        for (boolean b : q) {
            if (b) {
                in++;
            }
        }
        return s.size() > 2 && in >= s.size() - 3 && in * 10 >= s.size() * 8;
    }

    private static String quoted(String body, Sentence s) {
        return trim(s.text());
    }

    private boolean inQuote(int p, Sentence s, int i) {
        return Quotes.inside(ents.body(p).text(), s)[i];
    }
}
