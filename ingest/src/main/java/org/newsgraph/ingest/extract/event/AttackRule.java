package org.newsgraph.ingest.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Attacks. Recognised by an attack noun (attack, strike, shelling, bombing, raid) or verb
 * (attack, strike, shell, bomb, hit, target), unless stopped ("agreed to stop attacks"). The
 * attacker is a demonym or possessor on the noun ("Russian strikes"), the subject of the verb or
 * of "launched", or the passive "by" agent; the target "on/against X" or the object; places come
 * after in/on/near/at. An attack needs an attacker with a target or place, or, unattributed, a
 * named target. Two reports are one attack when their keys agree. Key: attacker, target or
 * place, day.
 */
final class AttackRule implements EventRule {
    private static final Set<String> LAUNCH = Set.of("launch", "carry", "conduct", "step");

    @Override
    public EventKind kind() {
        return EventKind.ATTACK;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        EventCandidate c = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean noun = t.isNoun() && TriggerWords.ATTACK_NOUNS.contains(t.lower());
            boolean verb = t.isVerb() && TriggerWords.ATTACK_VERBS.contains(t.lemma());
            if (!noun && !verb || Cancellation.cancelled(s, i) || Cancellation.stopped(s, i) || Arguments.inQuote(at, i)) {
                continue;
            }
            if (c == null) {
                c = new EventCandidate(EventKind.ATTACK, at.post(), s);
            }
            if (noun) {
                nounArguments(args, at, i, c);
            } else if (!s.children(i, "nsubj:pass").isEmpty()) {
                // "Odesa was hit by Russian drones": the subject is the target, the agent attacks
                for (int o : s.children(i, "nsubj:pass")) {
                    target(args, at, o, c);
                }
                for (int o : s.children(i, "obl:agent")) {
                    c.a.addAll(args.npAgents(at, o));
                }
                for (int o : s.children(i, "obl")) {
                    String rel = Arguments.relation(s, i, o);
                    if (rel.equals("obl:agent") || rel.equals("obl:by")) {
                        c.a.addAll(args.npAgents(at, o));
                    }
                }
            } else {
                c.a.addAll(args.subjects(at, i));
                for (int o : s.children(i, "obj")) {
                    target(args, at, o, c);
                }
                for (int o : s.children(i, "obl")) {
                    String rel = Arguments.relation(s, i, o);
                    if (rel.equals("obl:on") || rel.equals("obl:at")) {
                        target(args, at, o, c);
                    }
                }
            }
        }
        if (c == null) {
            return List.of();
        }
        EventCandidate f = c;
        c.places.addAll(args.placesAfter(at, Set.of("in", "on", "near", "at"), 0));
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
            return List.of();
        }
        c.time = Dates.day(s.text(), at.date()).orElse(null);
        c.confidence = c.b.isEmpty() ? 0.55 : 0.75;
        return List.of(c);
    }

    /** "Russian strikes on Kharkiv", "the strikes hit X", "the raid launched by Y". */
    private static void nounArguments(Arguments args, Site at, int i, EventCandidate c) {
        Sentence s = at.sentence();
        for (String rel : new String[] {"amod", "nmod:poss", "compound", "nmod:by"}) {
            c.a.addAll(args.dependentAgents(at, i, rel));
        }
        for (int k : s.children(i, "nmod")) {
            String rel = Arguments.relation(s, i, k);
            if (rel.equals("nmod:on") || rel.equals("nmod:against")) {
                target(args, at, k, c);
            }
        }
        for (String[] h : s.heads(i)) {
            int g = Integer.parseInt(h[1]);
            if (h[0].startsWith("nsubj") && s.tok(g).isVerb() && TriggerWords.ATTACK_VERBS.contains(s.tok(g).lemma())) {
                for (int o : s.children(g, "obj")) {
                    target(args, at, o, c);
                }
            }
            if (h[0].startsWith("obj") && LAUNCH.contains(s.tok(g).lemma())) {
                c.a.addAll(args.subjects(at, g));
            }
        }
    }

    /** The target a noun phrase names (agents, or a place), with the places after in/near/at on it. */
    private static void target(Arguments args, Site at, int head, EventCandidate c) {
        Sentence s = at.sentence();
        StoryEntity place = args.placeAt(at, head);
        if (place != null && place.kind() == EntityKind.PLACE) {
            c.b.add(place);
        }
        c.b.addAll(args.npAgents(at, head));
        for (int k : s.children(head, "nmod")) {
            String rel = Arguments.relation(s, head, k);
            if (rel.equals("nmod:in") || rel.equals("nmod:near") || rel.equals("nmod:at")) {
                StoryEntity pl = args.placeAt(at, k);
                if (pl != null) {
                    c.places.add(pl);
                }
                for (int cc : s.children(k, "compound")) {
                    StoryEntity x = args.placeAt(at, cc);
                    if (x != null) {
                        c.places.add(x);
                    }
                }
            }
        }
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        return key(g.subList(0, 1)).equals(key(List.of(c))) ? 1 : 0;
    }

    @Override
    public String key(List<EventCandidate> g) {
        EventCandidate c = g.get(0);
        String attacker = c.a.isEmpty() ? "unknown" : Keys.slug(c.a.iterator().next());
        StoryEntity what = !c.b.isEmpty() ? c.b.iterator().next() : c.places.iterator().next();
        return "attack-" + attacker + "-" + Keys.slug(what) + Keys.day(c.time);
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        return Optional.of(new Attack(key, PostReport.agents(r.a()), r.b().stream().map(StoryEntity::toEntity).toList(),
                r.grounding()));
    }
}
