package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Meetings. Recognised by a meeting verb (meet, convene, chair) or noun (meeting, talks, summit;
 * not "press conference"), also as the object of attend, join, host or chair. Participants are the
 * verb's subject and object, "with"/"between" dependents and the noun's possessors and compounds;
 * the subjects of chair verbs are chairs; places come after "in"/"at". "The meeting" with one
 * participant joins the same day's meeting. Two reports are one meeting when they share two
 * participants, or the place on the same day. Key: up to four participants, the place, the day.
 */
final class MeetingRule implements EventRule {
    private static final Set<String> PARTICIPATE = Set.of("attend", "join", "participate", "take", "hold", "host",
            "chair", "co-chair", "cochair", "lead", "open", "address");

    @Override
    public EventKind kind() {
        return EventKind.MEETING;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        EventCandidate found = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean verb = t.isVerb() && TriggerWords.MEET_VERBS.contains(t.lemma());
            boolean noun = t.isNoun() && TriggerWords.MEET_NOUNS.contains(t.lower());
            if (!verb && !noun || Cancellation.cancelled(s, i) || Arguments.inQuote(at, i)) {
                continue;
            }
            if (noun && i > 0 && (s.tok(i - 1).lower().equals("press") || s.tok(i - 1).lower().equals("news"))) {
                continue;
            }
            if (noun && t.lower().equals("negotiations")) {
                continue;
            }
            EventCandidate c = found != null ? found : new EventCandidate(EventKind.MEETING, at.post(), s);
            if (verb) {
                verbArguments(args, at, i, c);
            } else {
                nounArguments(args, at, i, c);
            }
            if (c.a.size() + c.b.size() < 2 && !c.definite) {
                for (StoryEntity e : args.sentenceAgents(at)) {
                    if (!c.b.contains(e)) {
                        c.a.add(e);
                    }
                }
            }
            c.places.addAll(args.placesAfter(at, Set.of("in", "at"), 0));
            found = c;
        }
        if (found == null) {
            return List.of();
        }
        found.a.removeAll(found.b);
        for (StoryEntity e : found.places) {
            found.a.remove(e);
            found.b.remove(e);
        }
        found.time = Dates.day(s.text(), at.date()).orElse(null);
        int n = found.a.size() + found.b.size();
        if (n >= 2 || n >= 1 && !found.places.isEmpty() || found.definite && (n >= 1 || !found.places.isEmpty() || found.time != null)) {
            found.confidence = n >= 2 && found.direct ? 0.85 : n >= 2 ? 0.7 : 0.55;
            return List.of(found);
        }
        return List.of();
    }

    /** "X met Y in Z", "X chaired talks with Y". */
    private static void verbArguments(Arguments args, Site at, int i, EventCandidate c) {
        Sentence s = at.sentence();
        List<StoryEntity> subj = args.subjects(at, i);
        (chairs(s, i) ? c.b : c.a).addAll(subj);
        c.a.addAll(args.dependentAgents(at, i, "obj"));
        c.a.addAll(args.dependentAgents(at, i, "obl:with"));
        c.a.addAll(args.dependentAgents(at, i, "obl:between"));
        for (int o : s.children(i, "obj")) {
            if (TriggerWords.MEET_NOUNS.contains(s.tok(o).lower())) {
                c.a.addAll(args.dependentAgents(at, o, "compound"));
                c.a.addAll(args.dependentAgents(at, o, "nmod:poss"));
                c.places.addAll(args.dependentPlaces(at, o, "nmod:at", "nmod:in"));
            }
        }
        c.places.addAll(args.dependentPlaces(at, i, "obl:in", "obl:at", "obl"));
        c.direct = true;
    }

    /** "talks between X and Y", "X's meeting", "X attended the summit", "the meeting". */
    private static void nounArguments(Arguments args, Site at, int i, EventCandidate c) {
        Sentence s = at.sentence();
        c.a.addAll(args.dependentAgents(at, i, "nmod:poss"));
        c.a.addAll(args.dependentAgents(at, i, "nmod:with"));
        c.a.addAll(args.dependentAgents(at, i, "nmod:between"));
        c.a.addAll(args.dependentAgents(at, i, "compound"));
        c.places.addAll(args.dependentPlaces(at, i, "nmod:in", "nmod:at", "compound"));
        for (String[] h : s.heads(i)) {
            int g = Integer.parseInt(h[1]);
            if (h[0].startsWith("obj") || h[0].startsWith("obl") || h[0].startsWith("nsubj")) {
                if (PARTICIPATE.contains(s.tok(g).lemma())) {
                    boolean chairVerb = chairs(s, g);
                    (chairVerb ? c.b : c.a).addAll(args.subjects(at, g));
                    if (chairVerb) {
                        c.b.addAll(args.dependentAgents(at, g, "obj"));
                    }
                }
                if (chairs(s, g)) {
                    c.b.addAll(args.dependentAgents(at, g, "obj"));
                }
                c.places.addAll(args.dependentPlaces(at, g, "obl:in", "obl:at"));
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

    private static boolean chairs(Sentence s, int verb) {
        return s.tok(verb).lemma().contains("chair");
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        LocalDate t = Keys.time(g);
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
        for (StoryEntity e : c.participants()) {
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

    @Override
    public boolean standsAlone(EventCandidate c) {
        return c.a.size() + c.b.size() >= 2 || !c.places.isEmpty();
    }

    @Override
    public String key(List<EventCandidate> g) {
        TreeSet<String> names = new TreeSet<>();
        StoryEntity place = null;
        for (EventCandidate c : g) {
            Set<StoryEntity> chairsFirst = new LinkedHashSet<>(c.b);
            chairsFirst.addAll(c.a);
            for (StoryEntity e : chairsFirst) {
                if (names.size() < 4) {
                    names.add(Keys.slug(e));
                }
            }
            if (place == null && !c.places.isEmpty()) {
                place = c.places.iterator().next();
            }
        }
        return "meeting-" + String.join("-", names) + (place == null ? "" : "-" + Keys.slug(place)) + Keys.day(Keys.time(g));
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        boolean none = r.a().isEmpty() && r.b().isEmpty();
        Set<StoryEntity> a = none ? r.groupA() : r.a();
        Set<StoryEntity> b = none ? r.groupB() : r.b();
        if (a.isEmpty() && b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(key, PostReport.agents(a), PostReport.agents(b), r.grounding()));
    }
}
