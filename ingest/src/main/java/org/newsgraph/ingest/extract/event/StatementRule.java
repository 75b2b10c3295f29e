package org.newsgraph.ingest.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Statement;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Statements. Recognised by a speech verb (say, tell, add, insist, warn, confirm, write ...) with a
 * clause or a quotation, by calling something in quotation marks, or by "according to X"; not when
 * the verb is negated ("did not comment", "has not been able to confirm"). A context clause the
 * reporter adds (", although ...", ", after ...") is not part of the remark; "who" speaks for
 * the person the relative clause is about; "a spokesman said", "the ministry said" go on with the
 * remark of the body quoted just before in the post (within two paragraphs), "the minister added"
 * with that of the person; else they are none. The speaker is the verb's subject (names,
 * surnames, titles and he/she resolved); the content the quotation or the reported clause. A
 * speaker's consecutive remarks in a post are one statement; quotation-only sentences join the
 * remark around them ({@link EventFinder}). Two reports in different posts are one statement when
 * they share the speaker and half their content words (three at least). Key: speaker and a hash
 * of the content words of the first report.
 * <p>
 * Longer than 300 lines because recognising the kind, finding its arguments and telling two reports
 * apart are one rule and read best together; the machinery every rule shares lives in
 * {@link Arguments}, {@link Cancellation} and {@link ReportedSpeech}.
 */
final class StatementRule implements EventRule {
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
            "official", "source");
    /** Nouns of bodies that speak for their country: "the Chinese embassy said". */
    private static final Set<String> BODIES = Set.of("ministry", "government", "embassy", "army", "military", "police",
            "office", "agency", "committee", "council", "commission", "company", "firm", "group", "authority", "federation",
            "association", "court", "parliament", "cabinet", "presidency", "department", "service", "force", "coalition",
            "union", "bank", "fund", "navy", "coastguard", "administration", "delegation", "mission", "consulate", "regulator");
    /** A reported clause that starts as the reporter's context, not the remark: "..., the embassy said, although ...". */
    private static final Pattern CONTEXT_FIRST = Pattern.compile("^(although|though|while|whereas|even as|despite|but)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The reporter's context after the remark: "..., after several people suggested ...". */
    private static final Pattern CONTEXT_AFTER = Pattern.compile(",\\s+(?:after|although|though|whereas|even as)\\s.*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public EventKind kind() {
        return EventKind.STATEMENT;
    }

    @Override
    public List<EventCandidate> find(Arguments args, Site at) {
        Sentence s = at.sentence();
        String body = at.text();
        boolean[] quoted = Quotes.inside(body, s);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.tok(i);
            boolean according = t.lower().equals("according") && i + 1 < s.size() && s.tok(i + 1).lower().equals("to");
            boolean speech = t.isVerb() && (TriggerWords.SPEECH.contains(t.lemma()) || callsQuoted(s, i, quoted));
            if (!according && (!speech || quoted[i])) {
                continue;
            }
            if (according) {
                StoryEntity e = null;
                for (int k = i + 2; k < s.size() && e == null; k++) {
                    // "according to an Italian official": an unnamed person, not Italy
                    e = s.tok(k).pos().startsWith("JJ") ? null : args.agentAt(at, k);
                }
                if (e == null || i < 3) {
                    continue;
                }
                EventCandidate c = new EventCandidate(EventKind.STATEMENT, at.post(), s);
                c.a.add(e);
                int end = i;
                while (end > 0 && s.tok(end - 1).pos().matches("[.,:;]")) {
                    end--;
                }
                c.texts.add(s.span(body, 0, end));
                c.time = at.date();
                c.confidence = 0.7;
                return List.of(c);
            }
            if (s.tok(i).lemma().equals("add") && i + 1 < s.size() && s.tok(i + 1).lower().equals("to")) {
                continue; // "add to"
            }
            List<StoryEntity> speakers = titleOnly(args, at, i) ? List.of() : args.speakers(at, i, quoted);
            if (speakers.isEmpty()) {
                speakers = relativeSpeaker(args, at, i);
            }
            if (speakers.isEmpty() && !unnamedSpeaker(s, i) || silent(s, i)) {
                continue; // an unnamed speaker goes on for the one quoted just before (see reports)
            }
            if (Cancellation.cancelled(s, i) && s.text().strip().endsWith("?")) {
                return List.of();
            }
            if (!ReportedSpeech.saysSomething(s, i, quoted)) {
                continue;
            }
            EventCandidate c = new EventCandidate(EventKind.STATEMENT, at.post(), s);
            c.a.addAll(speakers);
            String content = ReportedSpeech.content(body, s, i, quoted);
            if (CONTEXT_FIRST.matcher(content).find()) {
                content = before(body, s, i); // "X has sent a team, the embassy said, although Y has not ..."
            }
            content = CONTEXT_AFTER.matcher(content).replaceFirst("");
            if (content.isBlank() || content.split("\\s+").length < 2 || !ReportedSpeech.hasVerb(s, content, quoted)) {
                continue;
            }
            c.texts.add(content);
            c.time = at.date();
            c.direct = args.namedSubject(at, i);
            c.confidence = 0.75;
            return List.of(c);
        }
        return List.of();
    }

    /** Each run of one speaker's consecutive remarks in a post made one report. */
    @Override
    public List<EventCandidate> reports(List<EventCandidate> found) {
        List<EventCandidate> out = new ArrayList<>();
        EventCandidate last = null;
        for (EventCandidate c : found) {
            if (c.a.isEmpty()) {
                if (last != null && last.post == c.post && c.sent.paragraph() - last.sent.paragraph() <= 2
                        && goesOnFor(c.sent, last.a.stream().allMatch(e -> e.kind() == EntityKind.PERSON))) {
                    last.parts.add(c);
                    last.texts.addAll(c.texts);
                }
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

    /**
     * "..., a company spokesman said", "..., the minister added": a speaker the sentence does not
     * name, a spokesperson or a single person or body called by a common noun ("the Greek minister"
     * may be another minister than the one quoted before: none).
     */
    private static boolean unnamedSpeaker(Sentence s, int v) {
        for (int c : s.children(v, "nsubj")) {
            Token head = s.tok(c);
            for (int d : s.children(c, "det")) {
                String det = s.tok(d).lower();
                if (SPOKESPEOPLE.contains(head.lemma()) && det.matches("a|an|the")
                        || head.pos().equals("NN") && det.equals("the") && s.children(c, "amod").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the Greek minister said": a person named by title alone is not the country of the title's demonym. */
    private static boolean titleOnly(Arguments args, Site at, int v) {
        Sentence s = at.sentence();
        for (int c : s.children(v, "nsubj")) {
            Token head = s.tok(c);
            if (head.pos().equals("NN") && !BODIES.contains(head.lemma()) && args.agentAt(at, c) == null
                    && !s.children(c, "amod").isEmpty() && s.children(c, "nmod:poss").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the unnamed speaker of {@code s} can go on for a speaker who is a person or not: a
     * spokesperson for either, a body ("the ministry") for a body, a title ("the minister") for a person.
     */
    private static boolean goesOnFor(Sentence s, boolean person) {
        for (int v = 0; v < s.size(); v++) {
            if (s.tok(v).isVerb() && TriggerWords.SPEECH.contains(s.tok(v).lemma())) {
                for (int c : s.children(v, "nsubj")) {
                    String l = s.tok(c).lemma();
                    return SPOKESPEOPLE.contains(l) || BODIES.contains(l) != person;
                }
            }
        }
        return false;
    }

    /** Whether the speech verb at {@code v} is negated or not done: "did not comment", "has not been able to confirm". */
    private static boolean silent(Sentence s, int v) {
        for (int k = v - 1; k >= Math.max(0, v - 5); k--) {
            String w = s.tok(k).lower();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("cannot") || w.equals("unable")
                    || (s.tok(k).lemma().matches("refuse|decline|fail") && s.tok(k + 1).lower().equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** "called the outcome "a beginning"": calling something in quotation marks is a remark. */
    private static boolean callsQuoted(Sentence s, int v, boolean[] quoted) {
        if (!s.tok(v).lemma().equals("call")) {
            return false;
        }
        for (int k = v + 1; k < Math.min(s.size(), v + 8); k++) {
            if (quoted[k]) {
                return true;
            }
        }
        return false;
    }

    /** The speaker a relative pronoun stands for: "X, a former minister, who called the gift "transformative"". */
    private static List<StoryEntity> relativeSpeaker(Arguments args, Site at, int v) {
        Sentence s = at.sentence();
        for (String[] h : s.heads(v)) {
            if (h[0].startsWith("acl:relcl")) {
                List<StoryEntity> out = args.npAgents(at, Integer.parseInt(h[1]));
                if (!out.isEmpty()) {
                    return out;
                }
                for (String[] hh : s.heads(Integer.parseInt(h[1]))) {
                    if (hh[0].startsWith("appos")) {
                        return args.npAgents(at, Integer.parseInt(hh[1]));
                    }
                }
            }
        }
        return List.of();
    }

    /** What comes before the attribution: the remark of "Y has happened, the embassy said, although ...". */
    private static String before(String body, Sentence s, int v) {
        int end = v;
        for (int c : s.children(v, "nsubj")) {
            end = Math.min(end, s.subtreeSpan(c)[0]);
        }
        while (end > 0 && s.tok(end - 1).word().matches("[,\"”'’]")) {
            end--;
        }
        return end > 1 ? ReportedSpeech.trim(s.span(body, 0, end)) : "";
    }

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        boolean sameSpeaker = g.get(0).a.stream().anyMatch(c.a::contains);
        if (!sameSpeaker && !speaksFor(g.get(0).a, c.a) && !speaksFor(c.a, g.get(0).a)) {
            return 0;
        }
        Set<String> w = new LinkedHashSet<>();
        for (EventCandidate x : g) {
            if (x.post == c.post) {
                return 0; // remarks of one post were grouped already
            }
            w.addAll(Words.of(String.join(" ", x.texts)));
        }
        Set<String> mine = Words.of(String.join(" ", c.texts));
        double ov = Words.overlap(w, mine);
        double needed = sameSpeaker ? 0.5 : 0.6;
        return ov >= needed && Words.shared(w, mine) >= 3 ? ov : 0;
    }

    /** Whether a person among {@code people} speaks for one of {@code bodies}: "Paris wants ..." and its minister saying it. */
    private static boolean speaksFor(Set<StoryEntity> people, Set<StoryEntity> bodies) {
        for (StoryEntity p : people) {
            if (p.country().filter(bodies::contains).isPresent()) {
                return true;
            }
            for (StoryEntity.RoleOf r : p.roles()) {
                if (r.of() != null && (bodies.contains(r.of()) || r.of().country().filter(bodies::contains).isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String key(List<EventCandidate> g) {
        EventCandidate first = g.get(0);
        TreeSet<String> w = new TreeSet<>(Words.of(String.join(" ", first.texts)));
        return "statement-" + Keys.slug(first.a.iterator().next()) + "-" + String.format("%08x", String.join(" ", w).hashCode());
    }

    @Override
    public Optional<Event> build(String key, PostReport r) {
        List<String> texts = new ArrayList<>();
        for (String t : r.texts()) {
            if (!t.isBlank() && !texts.contains(t)) {
                texts.add(t);
            }
        }
        return r.texts().isEmpty() ? Optional.empty()
                : Optional.of(new Statement(key, PostReport.agents(r.a()), texts, r.grounding()));
    }
}
