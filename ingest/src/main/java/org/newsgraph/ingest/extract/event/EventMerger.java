package org.newsgraph.ingest.extract.event;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.entity.Locatable;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.event.Visit;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.entity.StoryEntities;

/**
 * Makes one event of each real-world event a story reports several times, gives it a key that
 * does not depend on the wording (so that other stories' reports of it get the same IRI), and
 * builds the core records of each post.
 * <p>Keys: pledge = pledger + currency + amount; meeting = participants + place + day;
 * accusation = accuser (a ministry counts as its country) + accused + day; visit = visitor +
 * destination + day; attack = attacker + target or place + day; statement = speaker + a hash of
 * the content words of its first report. Reports are grouped first (same amount; shared
 * participants or place on the same day; same visitor; a remark whose content words overlap an
 * earlier one's by at least a half), and each group takes the most specific arguments its
 * reports give.
 */
final class EventMerger {
    private final StoryEntities ents;
    private final String[] bodies;

    EventMerger(StoryEntities ents) {
        this.ents = ents;
        this.bodies = new String[ents.size()];
        for (int p = 0; p < ents.size(); p++) {
            bodies[p] = ents.body(p).text();
        }
    }

    /** One list of events per post. */
    List<List<Event>> merge(List<EventCandidate> cands) {
        List<List<EventCandidate>> groups = new ArrayList<>();
        // oldest post first: a story's first report is the most detailed, later ones sum up
        List<EventCandidate> ordered = units(cands);
        ordered.sort(Comparator.comparingInt((EventCandidate c) -> -c.post).thenComparingInt(c -> c.sent.index()));
        for (EventCandidate c : ordered) {
            List<EventCandidate> home = null;
            double best = 0;
            for (List<EventCandidate> g : groups) {
                if (g.get(0).kind != c.kind) {
                    continue;
                }
                double score = same(g, c);
                if (score > best) {
                    best = score;
                    home = g;
                }
            }
            if (home == null) {
                if (c.kind == EventKind.MEETING && c.a.size() + c.b.size() < 2 && c.places.isEmpty()) {
                    continue; // "the meeting" with nothing to join
                }
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(c);
        }
        List<List<Event>> out = new ArrayList<>();
        for (int p = 0; p < ents.size(); p++) {
            out.add(new ArrayList<>());
        }
        for (List<EventCandidate> g : groups) {
            build(g, out);
        }
        return out;
    }

    /** The candidates with each run of one speaker's consecutive remarks in a post made one. */
    private static List<EventCandidate> units(List<EventCandidate> cands) {
        List<EventCandidate> out = new ArrayList<>();
        EventCandidate last = null;
        List<EventCandidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((EventCandidate c) -> c.post).thenComparingInt(c -> c.sent.index()));
        for (EventCandidate c : sorted) {
            if (c.kind != EventKind.STATEMENT) {
                out.add(c);
                continue;
            }
            if (last != null && last.post == c.post && last.a.equals(c.a)) {
                last.parts.add(c);
                last.texts.addAll(c.texts);
                continue;
            }
            out.add(c);
            last = c;
        }
        return out;
    }

    /** How well a report fits a group already found: 0 when it is another event. */
    private double same(List<EventCandidate> g, EventCandidate c) {
        switch (c.kind) {
            case PLEDGE -> {
                for (EventCandidate x : g) {
                    for (MonetaryAmount a : x.amounts) {
                        for (MonetaryAmount b : c.amounts) {
                            if (a.currency().equals(b.currency()) && close(a.value(), b.value())) {
                                return 1;
                            }
                        }
                    }
                }
                return 0;
            }
            case MEETING -> {
                LocalDate t = time(g);
                if (t != null && c.time != null && !t.equals(c.time)) {
                    return 0;
                }
                Set<StoryEntity> parts = new LinkedHashSet<>();
                Set<StoryEntity> places = new LinkedHashSet<>();
                for (EventCandidate x : g) {
                    parts.addAll(x.a);
                    parts.addAll(x.b);
                    places.addAll(x.places);
                }
                int shared = 0;
                for (StoryEntity e : union(c.a, c.b)) {
                    if (parts.contains(e)) {
                        shared++;
                    }
                }
                boolean place = c.places.stream().anyMatch(places::contains);
                if (shared >= 2 || place && (t != null && c.time != null || shared >= 1)) {
                    return 2 + shared;
                }
                if (c.definite && t != null && (c.time == null || c.time.equals(t))) {
                    return 1 + g.size() / 100.0;
                }
                if (place && shared == 0 && c.a.size() + c.b.size() == 0) {
                    return 1;
                }
                return 0;
            }
            case VISIT -> {
                LocalDate t = time(g);
                if (t != null && c.time != null && !t.equals(c.time)) {
                    return 0;
                }
                for (EventCandidate x : g) {
                    if (x.a.stream().anyMatch(c.a::contains)) {
                        boolean dest = c.b.isEmpty() || x.b.isEmpty() || x.b.stream().anyMatch(c.b::contains);
                        return dest ? 1 : 0;
                    }
                }
                return 0;
            }
            case ACCUSATION, ATTACK -> {
                return keyOf(g.get(0)).equals(keyOf(c)) ? 1 : 0;
            }
            case STATEMENT -> {
                if (g.get(0).a.stream().noneMatch(c.a::contains)) {
                    return 0;
                }
                Set<String> w = new LinkedHashSet<>();
                boolean samePost = false;
                for (EventCandidate x : g) {
                    w.addAll(Words.of(String.join(" ", x.texts)));
                    samePost |= x.post == c.post;
                }
                Set<String> mine = Words.of(String.join(" ", c.texts));
                double ov = Words.overlap(w, mine);
                if (samePost) {
                    return 0; // remarks of one post were grouped already
                }
                return ov >= 0.5 && Words.shared(w, mine) >= 3 ? ov : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal diff = a.subtract(b).abs();
        return diff.compareTo(a.abs().max(b.abs()).multiply(new BigDecimal("0.02"))) <= 0;
    }

    private static LocalDate time(List<EventCandidate> g) {
        for (EventCandidate x : g) {
            if (x.time != null) {
                return x.time;
            }
        }
        return null;
    }

    private static Set<StoryEntity> union(Set<StoryEntity> a, Set<StoryEntity> b) {
        Set<StoryEntity> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static StoryEntity country(StoryEntity e) {
        return e.country().orElse(null);
    }

    private static String slug(StoryEntity e) {
        return e == null ? "x" : Slugs.of(e.label());
    }

    /** An accusation's or attack's identity: a ministry or a person accuses for its country. */
    private static String keyOf(EventCandidate c) {
        if (c.kind == EventKind.ACCUSATION) {
            StoryEntity accuser = c.a.iterator().next();
            StoryEntity who = accuser.kind() == EntityKind.ORGANISATION && accuser.country().isPresent() ? accuser.country().get() : accuser;
            return "accusation-" + slug(who) + "-" + slug(c.b.iterator().next()) + day(c.time);
        }
        String attacker = c.a.isEmpty() ? "unknown" : slug(c.a.iterator().next());
        StoryEntity what = !c.b.isEmpty() ? c.b.iterator().next() : c.places.iterator().next();
        return "attack-" + attacker + "-" + slug(what) + day(c.time);
    }

    private static String day(LocalDate d) {
        return d == null ? "" : "-" + d;
    }

    // ------------------------------------------------------------------ building

    private void build(List<EventCandidate> g, List<List<Event>> out) {
        EventCandidate first = g.get(0);
        String key = key(g);
        Map<Integer, List<EventCandidate>> byPost = new LinkedHashMap<>();
        for (EventCandidate c : g) {
            byPost.computeIfAbsent(c.post, x -> new ArrayList<>()).add(c);
        }
        Set<StoryEntity> groupA = new LinkedHashSet<>();
        Set<StoryEntity> groupB = new LinkedHashSet<>();
        for (EventCandidate c : g) {
            groupA.addAll(c.a);
            groupB.addAll(c.b);
        }
        for (Map.Entry<Integer, List<EventCandidate>> e : byPost.entrySet()) {
            int p = e.getKey();
            List<EventCandidate> cs = e.getValue();
            List<Mention> evidence = new ArrayList<>();
            Set<StoryEntity> a = new LinkedHashSet<>();
            Set<StoryEntity> b = new LinkedHashSet<>();
            Set<StoryEntity> places = new LinkedHashSet<>();
            List<String> texts = new ArrayList<>();
            List<MonetaryAmount> amounts = new ArrayList<>();
            String purpose = null;
            Temporal until = null;
            LocalDate time = null;
            boolean verified = true;
            double confidence = 0;
            for (EventCandidate c : cs) {
                for (EventCandidate part : withParts(c)) {
                    Mention m = Mention.of(bodies[p], part.sent.begin(), part.sent.end());
                    if (!evidence.contains(m)) {
                        evidence.add(m);
                    }
                }
                a.addAll(c.a);
                b.addAll(c.b);
                places.addAll(c.places);
                texts.addAll(c.texts);
                for (MonetaryAmount m2 : c.amounts) {
                    if (amounts.stream().noneMatch(x -> x.currency().equals(m2.currency()))) {
                        amounts.add(m2);
                    }
                }
                purpose = purpose == null ? c.purpose : purpose;
                until = until == null ? c.until : until;
                time = time == null ? c.time : time;
                verified &= c.verified;
                confidence = Math.max(confidence, c.confidence);
            }
            if (time == null) {
                time = time(g);
            }
            if (g.size() > 1) {
                confidence = Math.min(1, confidence + 0.05 * Math.min(3, byPost.size() - 1));
            }
            Optional<Locatable> location = places.stream().findFirst().map(x -> (Locatable) x.toEntity());
            if (location.isEmpty() && first.kind != EventKind.STATEMENT) {
                for (EventCandidate c : g) {
                    if (!c.places.isEmpty()) {
                        location = Optional.of((Locatable) c.places.iterator().next().toEntity());
                        break;
                    }
                }
            }
            Grounding grounding = new Grounding(evidence, round(confidence), Optional.ofNullable(time), location);
            Event event = switch (first.kind) {
                case MEETING -> a.isEmpty() && b.isEmpty() ? pick(groupA, groupB, key, grounding)
                        : new Meeting(key, agents(a), agents(b), grounding);
                case PLEDGE -> {
                    Set<StoryEntity> pledgers = a.isEmpty() ? bestPledger(groupA) : a;
                    if (pledgers.isEmpty()) {
                        yield null;
                    }
                    Set<StoryEntity> recipients = b.isEmpty() ? groupB : b;
                    recipients.removeAll(pledgers);
                    if (amounts.isEmpty()) {
                        yield null;
                    }
                    yield new Pledge(key, agents(pledgers), agents(recipients), amounts, Optional.ofNullable(purpose),
                            Optional.ofNullable(until), grounding);
                }
                case ACCUSATION -> new Accusation(key, agents(a), agents(b),
                        texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts)), verified, grounding);
                case STATEMENT -> texts.isEmpty() ? null : new Statement(key, agents(a), dedupe(texts), grounding);
                case VISIT -> {
                    Set<StoryEntity> dest = b.isEmpty() ? groupB : b;
                    if (dest.isEmpty() || a.isEmpty()) {
                        yield null;
                    }
                    yield new Visit(key, agents(a), dest.stream().map(x -> (Locatable) x.toEntity()).toList(), grounding);
                }
                case ATTACK -> new Attack(key, agents(a), b.stream().map(StoryEntity::toEntity).toList(), grounding);
            };
            if (event != null) {
                out.get(p).add(event);
                for (StoryEntity x : union(union(a, b), places)) {
                    ents.mention(p, x);
                }
            }
        }
    }

    private static List<EventCandidate> withParts(EventCandidate c) {
        List<EventCandidate> all = new ArrayList<>();
        all.add(c);
        all.addAll(c.parts);
        return all;
    }

    private static Meeting pick(Set<StoryEntity> a, Set<StoryEntity> b, String key, Grounding grounding) {
        if (a.isEmpty() && b.isEmpty()) {
            return null;
        }
        return new Meeting(key, agents(a), agents(b), grounding);
    }

    private static Set<StoryEntity> bestPledger(Set<StoryEntity> all) {
        StoryEntity best = null;
        for (StoryEntity e : all) {
            if (best == null || rank(e) > rank(best)) {
                best = e;
            }
        }
        Set<StoryEntity> out = new LinkedHashSet<>();
        if (best != null) {
            out.add(best);
        }
        return out;
    }

    private static int rank(StoryEntity e) {
        return switch (e.kind()) {
            case COUNTRY -> 3;
            case ORGANISATION -> 2;
            case PERSON -> 1;
            case PLACE -> 0;
        };
    }

    private static List<String> dedupe(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (!t.isBlank() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static double round(double c) {
        return Math.max(0, Math.min(1, Math.round(c * 100) / 100.0));
    }

    private static List<Agent> agents(Set<StoryEntity> es) {
        List<Agent> out = new ArrayList<>();
        for (StoryEntity e : es) {
            e.toAgent().ifPresent(x -> {
                if (!out.contains(x)) {
                    out.add(x);
                }
            });
        }
        return out;
    }

    /** The key of a group, from its most specific report. */
    private String key(List<EventCandidate> g) {
        EventCandidate first = g.get(0);
        switch (first.kind) {
            case PLEDGE -> {
                Set<StoryEntity> all = new LinkedHashSet<>();
                for (EventCandidate c : g) {
                    all.addAll(c.a);
                }
                StoryEntity pledger = bestPledger(all).stream().findFirst().orElse(null);
                MonetaryAmount amount = first.amounts.stream().min(Comparator.comparing(MonetaryAmount::currency)).orElseThrow();
                String v = amount.value().round(new MathContext(3)).toPlainString().replace('.', '-');
                return "pledge-" + slug(pledger) + "-" + amount.currency().toLowerCase(Locale.ROOT) + "-" + v;
            }
            case MEETING -> {
                TreeSet<String> names = new TreeSet<>();
                StoryEntity place = null;
                for (EventCandidate c : g) {
                    for (StoryEntity e : union(c.b, c.a)) {
                        if (names.size() < 4) {
                            names.add(slug(e));
                        }
                    }
                    if (place == null && !c.places.isEmpty()) {
                        place = c.places.iterator().next();
                    }
                }
                return "meeting-" + String.join("-", names) + (place == null ? "" : "-" + slug(place)) + day(time(g));
            }
            case VISIT -> {
                StoryEntity dest = null;
                for (EventCandidate c : g) {
                    if (dest == null && !c.b.isEmpty()) {
                        dest = c.b.iterator().next();
                    }
                }
                return "visit-" + slug(first.a.iterator().next()) + "-" + slug(dest) + day(time(g));
            }
            case ACCUSATION, ATTACK -> {
                return keyOf(first);
            }
            case STATEMENT -> {
                TreeSet<String> w = new TreeSet<>(Words.of(String.join(" ", first.texts)));
                return "statement-" + slug(first.a.iterator().next()) + "-"
                        + String.format("%08x", String.join(" ", w).hashCode());
            }
            default -> throw new IllegalStateException();
        }
    }
}
