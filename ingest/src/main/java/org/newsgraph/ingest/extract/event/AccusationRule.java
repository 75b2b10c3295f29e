package org.newsgraph.ingest.extract.event;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Accusations. Recognised by an accusing verb (accuse, blame, allege). The accuser is its
 * subject (or the name before "accusing"); the accused its object, or for "allege" the subject of
 * the alleged clause; the allegation is what follows of/for/that. {@code ng:verified} is false
 * when the post says it cannot verify the claim. Two reports are one accusation when their keys
 * agree. Key: accuser (a ministry counts as its country), accused, day.
 */
final class AccusationRule implements EventRule {
    @Override
    public EventKind kind() {
        return EventKind.ACCUSATION;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            if (!t.isVerb() || !TriggerWords.ACCUSE.contains(t.lemma()) || Cancellation.cancelled(s, i) || Arguments.inQuote(at, i)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.ACCUSATION, at.post(), s);
            c.a.addAll(args.subjects(at, i));
            if (c.a.isEmpty() && t.pos().equals("VBG") && i > 0) {
                StoryEntity e = args.agentAt(at, i - 1);
                if (e != null) {
                    c.a.add(e);
                }
            }
            if (t.lemma().equals("allege")) {
                for (int cc : s.children(i, "ccomp")) {
                    for (int sub : s.children(cc, "nsubj")) {
                        c.b.addAll(args.npAgents(at, sub));
                    }
                }
            } else {
                c.b.addAll(args.dependentAgents(at, i, "obj"));
            }
            c.b.removeAll(c.a);
            if (c.a.isEmpty() || c.b.isEmpty()) {
                continue;
            }
            allegation(at, i, c);
            c.verified = !at.unverified();
            c.time = Dates.day(s.text(), at.date()).orElse(null);
            c.confidence = 0.8;
            return List.of(c);
        }
        return List.of();
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
        return key(g.subList(0, 1)).equals(key(List.of(c))) ? 1 : 0;
    }

    @Override
    public String key(List<EventCandidate> g) {
        EventCandidate c = g.get(0);
        StoryEntity accuser = c.a.iterator().next();
        StoryEntity who = accuser.kind() == EntityKind.ORGANISATION && accuser.country().isPresent() ? accuser.country().get() : accuser;
        return "accusation-" + Keys.slug(who) + "-" + Keys.slug(c.b.iterator().next()) + Keys.day(c.time);
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        Optional<String> allegation = r.texts().isEmpty() ? Optional.empty() : Optional.of(String.join("; ", r.texts()));
        return Optional.of(new Accusation(key, PostReport.agents(r.a()), PostReport.agents(r.b()), allegation, r.verified(),
                r.grounding()));
    }
}
