package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Locatable;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Visit;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Visits. Recognised by a travel verb (visit, travel, arrive, fly, tour) or noun (visit, trip,
 * tour). The visitor is the verb's subject or the noun's possessor; the destination a place or
 * country after "to"/"in", or the verb's object. Two reports are one visit when they have a
 * visitor in common, on the same day, to the same destination when both give one. Key: visitor,
 * destination, day.
 */
final class VisitRule implements EventRule {
    @Override
    public EventKind kind() {
        return EventKind.VISIT;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean verb = t.isVerb() && TriggerWords.VISIT_VERBS.contains(t.lemma());
            boolean noun = t.isNoun() && TriggerWords.VISIT_NOUNS.contains(t.lower());
            if (!verb && !noun || Cancellation.cancelled(s, i) || Arguments.inQuote(at, i)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.VISIT, at.post(), s);
            if (verb) {
                c.a.addAll(args.subjects(at, i));
                c.b.addAll(args.dependentPlaces(at, i, "obl:to", "obl:in", "obj", "obl"));
            } else {
                c.a.addAll(args.dependentAgents(at, i, "nmod:poss"));
                c.b.addAll(args.dependentPlaces(at, i, "nmod:to", "nmod:in", "compound"));
            }
            if (c.b.isEmpty()) {
                c.b.addAll(args.placesAfter(at, Set.of("to", "in"), i + 1).stream().limit(1).toList());
            }
            c.a.removeIf(e -> c.b.contains(e));
            if (c.a.isEmpty()) {
                continue;
            }
            c.time = Dates.day(s.text(), at.date()).orElse(null);
            c.confidence = c.b.isEmpty() ? 0.5 : verb ? 0.85 : 0.7;
            return List.of(c);
        }
        return List.of();
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        LocalDate t = Keys.time(g);
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

    @Override
    public String key(List<EventCandidate> g) {
        StoryEntity dest = null;
        for (EventCandidate c : g) {
            if (dest == null && !c.b.isEmpty()) {
                dest = c.b.iterator().next();
            }
        }
        return "visit-" + Keys.slug(g.get(0).a.iterator().next()) + "-" + Keys.slug(dest) + Keys.day(Keys.time(g));
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        Set<StoryEntity> dest = r.b().isEmpty() ? r.groupB() : r.b();
        if (dest.isEmpty() || r.a().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Visit(key, PostReport.agents(r.a()), dest.stream().map(x -> (Locatable) x.toEntity()).toList(),
                r.grounding()));
    }
}
