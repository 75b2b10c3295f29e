package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Locatable;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.ingest.extract.entity.StoryEntities;
import org.newsgraph.ingest.extract.entity.StoryEntity;

/**
 * Makes one event of each real-world event a story reports several times: reports are taken
 * oldest post first (a story's first report is the most detailed, later ones sum up), each joins
 * the group of its kind its {@link EventRule#same} scores highest, and each group is built once per
 * post that reports it, under the group's {@link EventRule#key}, with the post's evidence
 * sentences and a confidence that grows with the posts that confirm it.
 */
final class EventMerger {
    private final EventRules rules;
    private final StoryEntities ents;

    EventMerger(EventRules rules, StoryEntities ents) {
        this.rules = rules;
        this.ents = ents;
    }

    /** One list of events per post. */
    List<List<Event>> merge(List<EventCandidate> cands) {
        List<List<EventCandidate>> groups = new ArrayList<>();
        List<EventCandidate> ordered = reports(cands);
        ordered.sort(Comparator.comparingInt((EventCandidate c) -> -c.post).thenComparingInt(c -> c.sent.index()));
        for (EventCandidate c : ordered) {
            EventRule rule = rules.rule(c.kind);
            List<EventCandidate> home = null;
            double best = 0;
            for (List<EventCandidate> g : groups) {
                if (g.get(0).kind != c.kind) {
                    continue;
                }
                double score = rule.same(g, c);
                if (score > best) {
                    best = score;
                    home = g;
                }
            }
            if (home == null) {
                if (!rule.standsAlone(c)) {
                    continue;
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

    /** The candidates in page order as each kind's rule makes them reports. */
    private List<EventCandidate> reports(List<EventCandidate> cands) {
        List<EventCandidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((EventCandidate c) -> c.post).thenComparingInt(c -> c.sent.index()));
        Map<EventKind, List<EventCandidate>> byKind = new LinkedHashMap<>();
        for (EventCandidate c : sorted) {
            byKind.computeIfAbsent(c.kind, k -> new ArrayList<>()).add(c);
        }
        List<EventCandidate> out = new ArrayList<>();
        byKind.forEach((kind, found) -> out.addAll(rules.rule(kind).reports(found)));
        return out;
    }

    private void build(List<EventCandidate> g, List<List<Event>> out) {
        EventRule rule = rules.rule(g.get(0).kind);
        String key = rule.key(g);
        Map<Integer, List<EventCandidate>> byPost = new LinkedHashMap<>();
        Set<StoryEntity> groupA = new LinkedHashSet<>();
        Set<StoryEntity> groupB = new LinkedHashSet<>();
        for (EventCandidate c : g) {
            byPost.computeIfAbsent(c.post, x -> new ArrayList<>()).add(c);
            groupA.addAll(c.a);
            groupB.addAll(c.b);
        }
        for (Map.Entry<Integer, List<EventCandidate>> e : byPost.entrySet()) {
            int p = e.getKey();
            PostReport report = report(g, e.getValue(), byPost.size(), ents.body(p).text(), groupA, groupB);
            Optional<Event> event = rule.build(key, report);
            if (event.isPresent()) {
                out.get(p).add(event.get());
                Set<StoryEntity> mentioned = new LinkedHashSet<>(report.a());
                mentioned.addAll(report.b());
                mentioned.addAll(report.places());
                for (StoryEntity x : mentioned) {
                    ents.mention(p, x);
                }
            }
        }
    }

    /** What the reports {@code cs} of one post say together; the group {@code g} fills in day and place. */
    private static PostReport report(List<EventCandidate> g, List<EventCandidate> cs, int posts, String body,
            Set<StoryEntity> groupA, Set<StoryEntity> groupB) {
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
            for (EventCandidate part : c.withParts()) {
                Mention m = Mention.of(body, part.sent.begin(), part.sent.end());
                if (!evidence.contains(m)) {
                    evidence.add(m);
                }
            }
            a.addAll(c.a);
            b.addAll(c.b);
            places.addAll(c.places);
            texts.addAll(c.texts);
            for (MonetaryAmount m : c.amounts) {
                if (amounts.stream().noneMatch(x -> x.currency().equals(m.currency()))) {
                    amounts.add(m);
                }
            }
            purpose = purpose == null ? c.purpose : purpose;
            until = until == null ? c.until : until;
            time = time == null ? c.time : time;
            verified &= c.verified;
            confidence = Math.max(confidence, c.confidence);
        }
        if (time == null) {
            time = Keys.time(g);
        }
        if (g.size() > 1) {
            confidence = Math.min(1, confidence + 0.05 * Math.min(3, posts - 1));
        }
        Optional<Locatable> location = places.stream().findFirst().map(x -> (Locatable) x.toEntity());
        if (location.isEmpty() && g.get(0).kind != EventKind.STATEMENT) {
            location = g.stream().filter(c -> !c.places.isEmpty()).findFirst()
                    .map(c -> (Locatable) c.places.iterator().next().toEntity());
        }
        double rounded = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100.0));
        Grounding grounding = new Grounding(evidence, rounded, Optional.ofNullable(time), location);
        return new PostReport(a, b, places, texts, amounts, purpose, until, verified, grounding, groupA, groupB);
    }
}
