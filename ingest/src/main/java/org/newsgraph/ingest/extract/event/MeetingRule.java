package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Meetings. Recognised by a meeting verb (meet, convene, chair) or noun (meeting, talks, summit,
 * round table, phone or video call; not "press conference"), also as the object of attend, join,
 * host or chair; not when denied anywhere before ("denied a report that X had met Y"), and not
 * a chair held ("who chairs the committee", "is chaired by"). Each meeting word of a sentence is a
 * meeting of its own unless they share a participant ("X held talks with Y, and Z met W"). Participants are the
 * verb's subject and object, "with"/"between" dependents and the noun's possessors and compounds;
 * the subjects of chair verbs are chairs; places come after "in"/"at". "The meeting" with one
 * participant joins the same day's meeting. Two reports are one meeting when they share two
 * participants, or the place on the same day; talks "on the sidelines of" a summit only by two
 * participants. Key: up to four participants, the place, the day.
 * <p>
 * Longer than 300 lines because recognising the kind, finding its arguments and telling two reports
 * apart are one rule and read best together; the machinery every rule shares lives in
 * {@link Arguments}, {@link Cancellation} and {@link ReportedSpeech}.
 */
final class MeetingRule implements EventRule {
    private static final Pattern SIDELINES = Pattern.compile("\\b(on|at) the (sidelines|margins|fringes) of\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> CALL_KINDS = Set.of("phone", "telephone", "video", "conference", "zoom");
    private static final Set<String> PARTICIPATE = Set.of("attend", "join", "participate", "take", "hold", "host",
            "chair", "co-chair", "cochair", "lead", "open", "address");

    @Override
    public EventKind kind() {
        return EventKind.MEETING;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        List<EventCandidate> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean verb = t.isVerb() && TriggerWords.MEET_VERBS.contains(t.lemma());
            boolean noun = t.isNoun() && (TriggerWords.MEET_NOUNS.contains(t.lower()) || callOrRoundTable(s, i));
            if (!verb && !noun || Arguments.inQuote(at, i)) {
                continue;
            }
            if (denied(s, i)) {
                return List.of(); // "denied meeting X, after a paper reported secret talks": the talks with it
            }
            if (Cancellation.cancelled(s, i)) {
                continue;
            }
            if (noun && i > 0 && (s.tok(i - 1).lower().equals("press") || s.tok(i - 1).lower().equals("news"))
                    || noun && t.lower().equals("negotiations") || verb && standingChair(s, i)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.MEETING, at.post(), s);
            if (verb) {
                verbArguments(args, at, i, c);
            } else {
                nounArguments(args, at, i, c);
            }
            found.add(c);
        }
        List<EventCandidate> meetings = oneEach(found);
        if (meetings.size() == 1) {
            EventCandidate c = meetings.get(0);
            if (c.a.size() + c.b.size() < 2 && !c.definite) {
                for (StoryEntity e : args.sentenceAgents(at)) {
                    if (!c.b.contains(e)) {
                        c.a.add(e);
                    }
                }
            }
        }
        List<EventCandidate> out = new ArrayList<>();
        for (EventCandidate c : meetings) {
            c.places.addAll(args.placesAfter(at, Set.of("in", "at"), 0));
            if (accept(c, s, at)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The sentence's meeting words as meetings: words that share a participant, or that name fewer
     * than two, are one meeting; "X held talks with Y, and Z met W" are two.
     */
    private static List<EventCandidate> oneEach(List<EventCandidate> found) {
        List<EventCandidate> out = new ArrayList<>();
        for (EventCandidate c : found) {
            EventCandidate home = null;
            for (EventCandidate o : out) {
                boolean shares = c.participants().stream().anyMatch(o.participants()::contains);
                if (shares || c.participants().size() < 2 || o.participants().size() < 2) {
                    home = o;
                    break;
                }
            }
            if (home == null) {
                out.add(c);
            } else {
                home.a.addAll(c.a);
                home.b.addAll(c.b);
                home.places.addAll(c.places);
                home.definite |= c.definite;
                home.direct |= c.direct;
            }
        }
        return out;
    }

    /** Whether the meeting names enough to be one: two participants, or one and a place, or "the meeting" and a detail. */
    private static boolean accept(EventCandidate c, Sentence s, Site at) {
        c.a.removeAll(c.b);
        for (StoryEntity e : c.places) {
            c.a.remove(e);
            c.b.remove(e);
        }
        c.time = Dates.day(s.text(), at.date()).orElse(null);
        int n = c.a.size() + c.b.size();
        if (n >= 2 || n >= 1 && !c.places.isEmpty() || c.definite && (n >= 1 || !c.places.isEmpty() || c.time != null)) {
            c.confidence = n >= 2 && c.direct ? 0.85 : n >= 2 ? 0.7 : 0.55;
            return true;
        }
        return false;
    }

    /** "a phone call", "a video call", "a round table", "a roundtable". */
    private static boolean callOrRoundTable(Sentence s, int i) {
        String w = s.tok(i).lower();
        String before = i > 0 ? s.tok(i - 1).lower() : "";
        return w.equals("roundtable") || w.equals("table") && before.equals("round")
                || (w.equals("call") || w.equals("calls")) && CALL_KINDS.contains(before);
    }

    /** "denied a report that X had met Y", "denies meeting": a denial anywhere before the meeting word. */
    private static boolean denied(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            if (s.tok(k).lemma().equals("deny") || s.tok(k).lower().startsWith("denie")) {
                return true;
            }
        }
        return false;
    }

    /** "X, who chairs the committee", "the committee is chaired by X": a role held, not a meeting. */
    private static boolean standingChair(Sentence s, int v) {
        if (!chairs(s, v)) {
            return false;
        }
        String pos = s.tok(v).pos();
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        for (int aux : s.children(v, "aux")) {
            if (s.tok(aux).lower().matches("is|are")) {
                return true;
            }
        }
        return false;
    }

    /** "X met Y in Z", "X chaired talks with Y". */
    private static void verbArguments(Arguments args, Site at, int i, EventCandidate c) {
        Sentence s = at.sentence();
        List<StoryEntity> subj = args.subjects(at, i);
        (chairs(s, i) ? c.b : c.a).addAll(subj);
        if (chairs(s, i)) {
            c.b.addAll(args.dependentAgents(at, i, "obl:agent")); // "co-chaired by X and Y"
            c.b.addAll(args.dependentAgents(at, i, "obl:by"));
        }
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
        if (SIDELINES.matcher(c.sent.text()).find() && shared < 2) {
            return 0; // talks on the sidelines of a summit are a meeting of their own
        }
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
