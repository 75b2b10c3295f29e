package org.newsgraph.ingest.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.event.Statement;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Statements. Recognised by a speech verb (say, tell, add, insist, warn, confirm, write ...) with a
 * clause or a quotation, or by "according to X". The speaker is the verb's subject (names,
 * surnames, titles and he/she resolved); the content the quotation or the reported clause. A
 * speaker's consecutive remarks in a post are one statement; quotation-only sentences join the
 * remark around them ({@link EventFinder}). Two reports in different posts are one statement when
 * they share the speaker and half their content words (three at least). Key: speaker and a hash
 * of the content words of the first report.
 */
final class StatementRule implements EventRule {
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
            if (!according && (!t.isVerb() || !TriggerWords.SPEECH.contains(t.lemma()) || quoted[i])) {
                continue;
            }
            if (according) {
                StoryEntity e = null;
                for (int k = i + 2; k < s.size() && e == null; k++) {
                    e = args.agentAt(at, k);
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
            List<StoryEntity> speakers = args.speakers(at, i, quoted);
            if (speakers.isEmpty()) {
                continue;
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

    @Override
    public double same(List<EventCandidate> g, EventCandidate c) {
        if (g.get(0).a.stream().noneMatch(c.a::contains)) {
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
        return ov >= 0.5 && Words.shared(w, mine) >= 3 ? ov : 0;
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
