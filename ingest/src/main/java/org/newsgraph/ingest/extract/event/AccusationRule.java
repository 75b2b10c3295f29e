package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Accusations. Recognised by an accusing verb (accuse, blame, allege), active ("X accused Y of",
 * "X blamed Y for") or passive ("Y was accused by X of"); by "charged that", "pointed the finger
 * at Y", "held Y responsible"; and by a speaker's clause that says someone did wrong ("said Y had
 * ignored / covered up / blocked / violated ..."). Not when negated or denied. The accuser is the
 * subject (or the passive "by" agent, or the speaker); the accused the object (or the passive
 * subject, or the subject of the reported clause; "the council's engineers" stand for the
 * council); the allegation follows of/for/that. {@code ng:verified} is false when the post says it
 * cannot verify the claim. Two reports are one accusation when they share the accused and the
 * accuser (a ministry counts as its country) on the same day. Key: accuser, accused, day.
 */
final class AccusationRule implements EventRule {
    private static final Set<String> SAYING = Set.of("say", "claim", "insist", "argue", "charge", "allege", "tell", "add",
            "write", "state", "contend", "maintain");

    @Override
    public EventKind kind() {
        return EventKind.ACCUSATION;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            if (!t.isVerb() || Cancellation.cancelled(s, i) || Arguments.inQuote(at, i)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.ACCUSATION, at.post(), s);
            if (TriggerWords.ACCUSE.contains(t.lemma())) {
                accusingVerb(args, at, i, c);
            } else if (pointsFinger(s, i)) {
                c.a.addAll(args.subjects(at, i));
                for (int o : s.children(i, "obl:at")) {
                    accused(args, at, o, c);
                }
                for (int o : s.children(i, "obj")) {
                    accused(args, at, o, c);
                }
                for (int x : s.children(i, "xcomp")) {
                    for (int o : s.children(x, "nsubj")) {
                        accused(args, at, o, c); // "held Y responsible": Y is the subject of "responsible"
                    }
                }
            } else if (SAYING.contains(t.lemma())) {
                reportedWrong(args, at, i, c);
            }
            c.b.removeAll(c.a);
            if (c.a.isEmpty() || c.b.isEmpty()) {
                continue;
            }
            allegation(at, i, c);
            c.verified = !at.unverified();
            c.time = Dates.day(s.text(), at.date()).orElse(null);
            c.confidence = TriggerWords.ACCUSE.contains(t.lemma()) ? 0.8 : 0.6;
            return List.of(c);
        }
        return List.of();
    }

    /** "X accused Y of", "Y was accused by X of", "X alleged that Y ...", "..., accusing Y of". */
    private static void accusingVerb(Arguments args, Site at, int i, EventCandidate c) {
        Sentence s = at.sentence();
        List<Integer> passive = s.children(i, "nsubj:pass");
        if (!passive.isEmpty()) {
            for (int o : passive) {
                accused(args, at, o, c);
            }
            for (int o : s.children(i, "obl")) {
                String rel = Arguments.relation(s, i, o);
                if (rel.equals("obl:agent") || rel.equals("obl:by")) {
                    c.a.addAll(parties(args, at, o));
                }
            }
            return;
        }
        c.a.addAll(args.subjects(at, i));
        for (int o : c.a.isEmpty() ? s.children(i, "nsubj") : List.<Integer>of()) {
            c.a.addAll(parties(args, at, o)); // "the government accused ..."
        }
        if (c.a.isEmpty() && s.tok(i).pos().equals("VBG") && i > 0) {
            StoryEntity e = args.agentAt(at, i - 1);
            if (e != null) {
                c.a.add(e);
            }
        }
        if (s.tok(i).lemma().equals("allege")) {
            for (int cc : s.children(i, "ccomp")) {
                for (int sub : s.children(cc, "nsubj")) {
                    accused(args, at, sub, c);
                }
            }
        } else {
            for (int o : s.children(i, "obj")) {
                accused(args, at, o, c);
            }
        }
    }

    /** "pointed the finger at Y", "held Y responsible for". */
    private static boolean pointsFinger(Sentence s, int i) {
        String lemma = s.tok(i).lemma();
        if (lemma.equals("point")) {
            return s.children(i, "obj").stream().anyMatch(o -> s.tok(o).lower().equals("finger"));
        }
        if (lemma.equals("hold")) {
            return s.children(i, "xcomp").stream().anyMatch(o -> s.tok(o).lower().matches("responsible|accountable"));
        }
        return false;
    }

    /** "X said Y had ignored the code", "X charged that Y covered up ...": the speaker accuses the clause's subject. */
    private static void reportedWrong(Arguments args, Site at, int v, EventCandidate c) {
        Sentence s = at.sentence();
        for (int clause : s.children(v, "ccomp")) {
            if (!wrongful(s, clause) || Cancellation.cancelled(s, clause) || Cancellation.planned(s, clause)) {
                continue;
            }
            for (int sub : s.children(clause, "nsubj")) {
                accused(args, at, sub, c);
            }
            if (!c.b.isEmpty()) {
                c.a.addAll(args.speakers(at, v, Quotes.inside(at.text(), s)));
                return;
            }
        }
    }

    /** Whether the clause headed at {@code v} tells of a wrong: a wrongdoing verb, or "in breach of". */
    private static boolean wrongful(Sentence s, int v) {
        if (TriggerWords.WRONGDOING.contains(s.tok(v).lemma())) {
            return true;
        }
        for (String[] e : s.edges(v)) {
            int d = Integer.parseInt(e[1]);
            if (e[0].startsWith("obl") && s.tok(d).lower().matches("breach|violation|defiance")) {
                return true;
            }
            if (e[0].startsWith("conj") && TriggerWords.WRONGDOING.contains(s.tok(d).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The accused a noun phrase names; "the council's own engineers" stand for the council, "the
     * association" for the one association of the story.
     */
    private static void accused(Arguments args, Site at, int head, EventCandidate c) {
        c.b.addAll(parties(args, at, head));
    }

    /** The parties a noun phrase names, read as {@link #accused} says. */
    private static List<StoryEntity> parties(Arguments args, Site at, int head) {
        List<StoryEntity> named = new ArrayList<>(args.npAgents(at, head));
        StoryEntity role = named.isEmpty() ? args.roleNamed(at, head) : null;
        if (role != null) {
            named.add(role);
        }
        for (int poss : named.isEmpty() ? at.sentence().children(head, "nmod:poss") : List.<Integer>of()) {
            named = parties(args, at, poss);
        }
        return named;
    }

    /** What the accused did: the rest of the sentence after the first of/for/that past the verb. */
    private static void allegation(Site at, int verb, EventCandidate c) {
        Sentence s = at.sentence();
        int of = -1;
        for (int k = verb + 1; k < s.size(); k++) {
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
            c.texts.add(s.span(at.text(), of + 1, end));
        }
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        LocalDate t = Keys.time(g);
        if (t != null && c.time != null && !t.equals(c.time)) {
            return 0;
        }
        boolean accused = false;
        boolean accuser = false;
        for (EventCandidate x : g) {
            accused |= x.b.stream().map(AccusationRule::party).anyMatch(p -> c.b.stream().map(AccusationRule::party).anyMatch(p::equals));
            accuser |= x.a.stream().map(AccusationRule::party).anyMatch(p -> c.a.stream().map(AccusationRule::party).anyMatch(p::equals));
        }
        return accused && accuser ? 1 : 0;
    }

    /** Who stands behind an accuser or the accused: a ministry of a country, or its capital, is the country. */
    private static StoryEntity party(StoryEntity e) {
        boolean stands = e.kind() == EntityKind.ORGANISATION || e.kind() == EntityKind.PLACE;
        return stands && e.country().isPresent() ? e.country().get() : e;
    }

    @Override
    public String key(List<EventCandidate> g) {
        EventCandidate c = g.get(0);
        return "accusation-" + Keys.slug(party(c.a.iterator().next())) + "-" + Keys.slug(c.b.iterator().next())
                + Keys.day(Keys.time(g));
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        Optional<String> allegation = r.texts().isEmpty() ? Optional.empty() : Optional.of(String.join("; ", r.texts()));
        return Optional.of(new Accusation(key, PostReport.agents(r.a()), PostReport.agents(r.b()), allegation, r.verified(),
                r.grounding()));
    }
}
