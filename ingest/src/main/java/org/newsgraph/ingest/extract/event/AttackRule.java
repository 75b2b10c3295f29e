package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Attacks. Recognised by an attack noun (attack, strike, shelling, raid, ambush, arson, looting,
 * hack, cyberattack, sabotage) or verb (attack, strike, shell, bomb, hit, ambush, loot, torch,
 * hack, storm), and by "set fire to", "set X on fire", "opened fire on", "broke into"; not when
 * stopped ("agreed to stop attacks"), planned, or done by nature ("the earthquake struck"). The
 * attacker is a demonym or possessor on the noun ("Russian strikes"), the subject of the verb or
 * of "launched", or the passive "by" agent; unnamed attackers ("armed men", "rebels") and targets
 * ("an aid depot") are taken as described ({@link Descriptions}). The target is "on/against X" or
 * the object; places come after in/on/near/at. An attack needs an attacker with a target or place,
 * or, unattributed, a target. Two reports are one attack when no attacker differs, they share a
 * target or place, and no day differs. Key: attacker, target or place, day.
 * <p>
 * Longer than 300 lines because recognising the kind, finding its arguments and telling two reports
 * apart are one rule and read best together; the machinery every rule shares lives in
 * {@link Arguments}, {@link Cancellation} and {@link ReportedSpeech}.
 */
final class AttackRule implements EventRule {
    private static final Set<String> LAUNCH = Set.of("launch", "carry", "conduct", "step", "claim");
    /** Subjects that strike without attacking: "the earthquake struck", "the storm hit". */
    private static final Set<String> NATURE = Set.of("earthquake", "quake", "tremor", "aftershock", "storm", "hurricane",
            "cyclone", "typhoon", "flood", "floods", "drought", "tsunami", "landslide", "wave", "lightning", "virus",
            "outbreak", "disease", "epidemic", "pandemic", "crisis", "inflation", "recession", "fire", "blaze", "heatwave",
            "disaster", "tornado", "wildfire", "eruption", "shortage", "sanctions", "tariffs", "news", "decision");

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
            boolean verb = t.isVerb() && (TriggerWords.ATTACK_VERBS.contains(t.lemma()) || phrase(s, i));
            if (!noun && !verb || Cancellation.cancelled(s, i) || Cancellation.stopped(s, i) || Cancellation.planned(s, i)
                    || Arguments.inQuote(at, i) || verb && natural(s, i)) {
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
                c.direct = true;
                for (int o : s.children(i, "obl")) {
                    String rel = Arguments.relation(s, i, o);
                    if (rel.equals("obl:agent") || rel.equals("obl:by")) {
                        attacker(args, at, o, c);
                    }
                }
            } else {
                for (int o : s.children(i, "nsubj")) {
                    attacker(args, at, o, c);
                }
                if (s.children(i, "nsubj").isEmpty()) {
                    c.a.addAll(args.subjects(at, i));
                }
                for (int o : s.children(i, "obj")) {
                    if (!s.tok(o).lower().equals("fire")) {
                        target(args, at, o, c);
                    }
                }
                for (int o : s.children(i, "obl")) {
                    String rel = Arguments.relation(s, i, o);
                    if (rel.equals("obl:on") || rel.equals("obl:at") || rel.equals("obl:to") || rel.equals("obl:into")) {
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
        if (c.b.isEmpty() && c.describedB.isEmpty()) {
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
        if (!c.a.isEmpty() && c.a.stream().allMatch(AttackRule::person) && !c.b.isEmpty() && c.b.stream().allMatch(AttackRule::person)
                && c.places.isEmpty()) {
            return List.of(); // "the minister attacked her rival": words, not force
        }
        boolean attacker = !c.a.isEmpty() || !c.describedA.isEmpty();
        boolean hasTarget = !c.b.isEmpty() || !c.describedB.isEmpty();
        // an attack needs an attacker with a target or a place, or, when nobody is named, a target
        boolean targetNamed = !c.describedB.isEmpty() || c.direct && !c.b.isEmpty()
                || !c.b.isEmpty() && (!c.places.isEmpty() || c.b.stream().anyMatch(e -> e.kind() == EntityKind.PLACE));
        if (attacker ? !hasTarget && c.places.isEmpty() : !targetNamed) {
            return List.of();
        }
        c.time = Dates.day(s.text(), at.date()).orElse(null);
        c.confidence = hasTarget ? 0.75 : 0.55;
        return List.of(c);
    }

    private static boolean person(StoryEntity e) {
        return e.kind() == EntityKind.PERSON;
    }

    /** "set fire to", "set X on fire", "opened fire on", "broke into": an attack by its phrase. */
    private static boolean phrase(Sentence s, int i) {
        String lemma = s.tok(i).lemma();
        boolean fire = false;
        boolean into = false;
        for (String[] e : s.edges(i)) {
            String w = s.tok(Integer.parseInt(e[1])).lower();
            fire |= (w.equals("fire") || w.equals("ablaze")) && (e[0].startsWith("obj") || e[0].startsWith("obl")
                    || e[0].startsWith("advmod") || e[0].startsWith("xcomp"));
            into |= e[0].equals("obl:into");
        }
        return fire && (lemma.equals("set") || lemma.equals("open")) || into && lemma.equals("break");
    }

    /** Whether the subject of verb {@code v} is a natural force: "the earthquake struck". */
    private static boolean natural(Sentence s, int v) {
        for (int c : s.children(v, "nsubj")) {
            if (NATURE.contains(s.tok(c).lemma()) || NATURE.contains(s.tok(c).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Russian strikes on Kharkiv", "the strikes hit X", "the raid launched by Y". */
    private static void nounArguments(Arguments args, Site at, int i, EventCandidate c) {
        Sentence s = at.sentence();
        for (String rel : new String[] {"amod", "nmod:poss", "compound", "nmod:by"}) {
            c.a.addAll(args.dependentAgents(at, i, rel));
        }
        for (int k : s.children(i, "nmod")) {
            String rel = Arguments.relation(s, i, k);
            if (rel.equals("nmod:on") || rel.equals("nmod:against") || rel.equals("nmod:of") && !s.tok(i).lower().equals("attack")) {
                target(args, at, k, c);
            }
        }
        for (int k : s.children(i, "acl")) {
            // "attacks launched on Ukraine"
            for (int o : s.children(k, "obl")) {
                String rel = Arguments.relation(s, k, o);
                if (rel.equals("obl:on") || rel.equals("obl:against")) {
                    target(args, at, o, c);
                }
            }
        }
        for (String[] h : s.heads(i)) {
            int g = Integer.parseInt(h[1]);
            if (h[0].startsWith("nsubj") && s.tok(g).isVerb()) {
                // "strikes hit the port", "a ransomware attack disabled servers"
                for (int o : s.children(g, "obj")) {
                    target(args, at, o, c);
                }
            }
            if (h[0].startsWith("obj") && LAUNCH.contains(s.tok(g).lemma())) {
                for (int o : s.children(g, "nsubj")) {
                    attacker(args, at, o, c);
                }
                if (s.children(g, "nsubj").isEmpty()) {
                    c.a.addAll(args.subjects(at, g));
                }
            }
        }
    }

    /** The attackers a noun phrase names, or describes when no entity names them. */
    private static void attacker(Arguments args, Site at, int head, EventCandidate c) {
        List<StoryEntity> named = args.npAgents(at, head);
        if (!named.isEmpty()) {
            c.a.addAll(named);
            return;
        }
        Optional<Organisation> described = Descriptions.attacker(at.sentence(), at.text(), head);
        if (described.isPresent()) {
            Optional<StoryEntity> known = args.named(described.get().label());
            if (known.isPresent()) {
                c.a.add(known.get());
            } else {
                c.describedA.add(described.get());
            }
        }
    }

    /** The target a noun phrase names (agents, or a place) or describes, with the places after in/near/at on it. */
    private static void target(Arguments args, Site at, int head, EventCandidate c) {
        Sentence s = at.sentence();
        StoryEntity place = args.placeAt(at, head);
        if (place != null && place.kind() == EntityKind.PLACE) {
            c.b.add(place);
        }
        List<StoryEntity> agents = args.npAgents(at, head);
        c.b.addAll(agents);
        if (place == null && agents.isEmpty()) {
            List<StoryEntity> owner = owner(args, at, head);
            c.b.addAll(owner);
            if (owner.isEmpty()) {
                Descriptions.target(s, at.text(), head).ifPresent(c.describedB::add);
            }
        }
        for (int k : s.children(head, "nmod")) {
            String rel = Arguments.relation(s, head, k);
            if (rel.equals("nmod:in") || rel.equals("nmod:near") || rel.equals("nmod:at") || rel.equals("nmod:on")) {
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

    /**
     * Whose the target is, when the phrase says it by a possessive: a named possessor ("Estonia's
     * servers"), or for "its"/"their" the organisation or country the sentence is about ("the
     * agency says its systems were hacked").
     */
    private static List<StoryEntity> owner(Arguments args, Site at, int head) {
        Sentence s = at.sentence();
        List<StoryEntity> out = new ArrayList<>();
        for (int poss : possessors(s, head, 0)) {
            out.addAll(args.npAgents(at, poss));
            if (out.isEmpty() && s.tok(poss).lower().matches("its|their")) {
                int root = Arguments.root(s);
                if (root >= 0) {
                    args.subjects(at, root).stream().filter(e -> e.kind() != EntityKind.PERSON).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** The possessors in a noun phrase, down to its modifiers' ("servers used by its department"). */
    private static List<Integer> possessors(Sentence s, int head, int depth) {
        List<Integer> out = new ArrayList<>(s.children(head, "nmod:poss"));
        if (depth < 2) {
            for (String rel : new String[] {"acl", "obl", "nmod", "compound"}) {
                for (int k : s.children(head, rel)) {
                    out.addAll(possessors(s, k, depth + 1));
                }
            }
        }
        return out;
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        LocalDate t = Keys.time(g);
        if (t != null && c.time != null && Math.abs(t.toEpochDay() - c.time.toEpochDay()) > 1) {
            return 0; // an overnight attack is dated by either of its days
        }
        boolean attackerKnown = false;
        boolean attackerShared = false;
        boolean where = false;
        for (EventCandidate x : g) {
            attackerKnown |= !x.a.isEmpty();
            attackerShared |= x.a.stream().anyMatch(c.a::contains);
            where |= x.b.stream().anyMatch(c.b::contains) || x.places.stream().anyMatch(c.places::contains)
                    || targetNames(x).stream().anyMatch(n -> targetNames(c).stream().anyMatch(m -> n.containsAll(m) || m.containsAll(n)));
        }
        boolean attackerFits = attackerShared || !attackerKnown || c.a.isEmpty();
        return attackerFits && where ? (attackerShared ? 2 : 1) : 0;
    }

    /** The words of a report's targets and places: "Indeci aid depot" and "Indeci" are one target. */
    private static List<Set<String>> targetNames(EventCandidate c) {
        List<Set<String>> out = new ArrayList<>();
        c.b.forEach(e -> out.add(words(e.label())));
        c.describedB.forEach(e -> out.add(words(e.label())));
        c.places.forEach(e -> out.add(words(e.label())));
        return out;
    }

    private static Set<String> words(String name) {
        return Stream.of(name.toLowerCase(Locale.ROOT).split("[\\s'’-]+")).collect(Collectors.toSet());
    }

    @Override
    public String key(List<EventCandidate> g) {
        EventCandidate c = g.get(0);
        String attacker = !c.a.isEmpty() ? Keys.slug(c.a.iterator().next())
                : !c.describedA.isEmpty() ? Keys.slug(c.describedA.iterator().next().label()) : "unknown";
        String what = !c.b.isEmpty() ? Keys.slug(c.b.iterator().next())
                : !c.describedB.isEmpty() ? Keys.slug(c.describedB.iterator().next().label())
                : Keys.slug(c.places.iterator().next());
        return "attack-" + attacker + "-" + what + Keys.day(Keys.time(g));
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        List<Agent> attackers = new ArrayList<>(PostReport.agents(r.a()));
        if (attackers.isEmpty()) {
            attackers.addAll(r.describedA());
        }
        List<Entity> targets = new ArrayList<>(r.b().stream().map(StoryEntity::toEntity).toList());
        targets.addAll(r.describedB());
        if (attackers.isEmpty() && targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attack(key, attackers, targets, r.grounding()));
    }
}
