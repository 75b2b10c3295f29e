package org.newsgraph.ingest.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.core.event.EventKind;
import org.newsgraph.core.story.Post;
import org.newsgraph.ingest.extract.entity.EntityMention;
import org.newsgraph.ingest.extract.entity.StoryEntities;
import org.newsgraph.ingest.extract.nlp.PostDoc;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * Asks each {@link EventRule} about each sentence of a story, and threads a speaker's remarks
 * across sentences: a quotation-only sentence belongs to the remark before or after it, a remark
 * that restates its sentence's pledge is none, and one about the accused that follows an
 * accusation elaborates it. {@link EventMerger} then makes one event of each real-world event.
 */
final class EventFinder {
    private static final Pattern UNVERIFIED = Pattern.compile(
            "(unable to|cannot|can ?not|could not|couldn't|has not been able to|have not been able to|not been able to)"
                    + " (independently )?(verify|confirm)|unverified|not (been )?(independently )?verified",
            Pattern.CASE_INSENSITIVE);

    private final EventRules rules;
    private final StoryEntities ents;
    private final Arguments arguments;
    private final List<Post> posts;

    EventFinder(EventRules rules, StoryEntities ents, List<Post> posts) {
        this.rules = rules;
        this.ents = ents;
        this.arguments = new Arguments(ents);
        this.posts = posts;
    }

    /** The candidates of every post. */
    List<EventCandidate> run() {
        List<EventCandidate> cands = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            post(p, cands);
        }
        return cands;
    }

    private void post(int p, List<EventCandidate> cands) {
        PostDoc doc = ents.body(p);
        boolean unverified = UNVERIFIED.matcher(doc.text()).find();
        EventRule remarks = rules.rule(EventKind.STATEMENT);
        List<EventCandidate> statements = new ArrayList<>();
        List<Sentence> pending = new ArrayList<>();
        EventCandidate lastStatement = null;
        EventCandidate lastAccusation = null;
        int lastParagraph = -1;
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != lastParagraph) {
                pending.clear();
            }
            Site at = new Site(p, s, doc.text(), posts.get(p).publishedAt().toLocalDate(), unverified);
            List<EventCandidate> found = new ArrayList<>();
            for (EventRule rule : rules.all()) {
                if (rule != remarks) {
                    found.addAll(rule.find(arguments, at));
                }
            }
            cands.addAll(found);
            EventCandidate acc = found.stream().filter(c -> c.kind == EventKind.ACCUSATION).findFirst().orElse(null);
            EventCandidate st = remarks.find(arguments, at).stream().findFirst().orElse(null);
            if (st != null && restatesPledge(s, st, found)) {
                st = null;
            }
            if (st != null && lastAccusation != null && lastAccusation.sent.index() == s.index() - 1
                    && lastAccusation.a.equals(st.a) && elaborates(at, lastAccusation)) {
                lastAccusation.texts.addAll(st.texts);
                st = null;
            }
            if (st == null && ReportedSpeech.quoteOnly(doc.text(), s)) {
                if (lastStatement != null && lastStatement.post == p && s.paragraph() - lastStatement.sent.paragraph() <= 1
                        && s.paragraph() != lastParagraph) {
                    st = new EventCandidate(EventKind.STATEMENT, p, s);
                    st.a.addAll(lastStatement.a);
                    st.texts.add(ReportedSpeech.trim(s.text()));
                } else {
                    pending.add(s);
                }
            }
            if (st != null) {
                for (Sentence q : pending) {
                    st.texts.add(0, ReportedSpeech.trim(q.text()));
                }
                pending.clear();
                statements.add(st);
                lastStatement = st;
            }
            if (acc != null) {
                lastAccusation = acc;
            }
            lastParagraph = s.paragraph();
        }
        cands.addAll(statements);
    }

    /** A remark whose words hold the amount of a pledge found in the same sentence only restates the pledge. */
    private static boolean restatesPledge(Sentence s, EventCandidate statement, List<EventCandidate> found) {
        for (EventCandidate c : found) {
            if (c.kind == EventKind.PLEDGE && c.sent == s) {
                for (String text : statement.texts) {
                    if (!Money.find(text).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the sentence's reported clause is about the accused: it elaborates the accusation. */
    private boolean elaborates(Site at, EventCandidate accusation) {
        for (EntityMention o : arguments.mentions(at)) {
            if (o.ent() != null && accusation.b.contains(o.ent())) {
                return true;
            }
        }
        return false;
    }
}
