package org.newsgraph.ingest.extract.event;

import java.util.Set;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Whether a trigger word reports something that happened: negation ("did not meet", "has yet
 * to"), refusal and denial ("refused to", "denied carrying out"), hypotheticals ("could visit",
 * "would be prepared to", "if they attack"), questions, and what is stopped ("agreed to stop
 * attacks") cancel it. Every {@link EventRule} asks before it builds a candidate.
 */
final class Cancellation {
    private static final Set<String> STOP_VERBS = Set.of("stop", "halt", "end", "cease", "pause", "suspend", "prevent", "avoid",
            "deter", "ban", "fear", "risk");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "cannot");
    private static final Set<String> MODALS = Set.of("could", "might", "may", "should");
    private static final Set<String> WILLING = Set.of("prepared", "prepare", "willing", "ready", "consider", "like", "want",
            "wish", "hope", "able");
    private static final Set<String> CONDITION = Set.of("if", "unless", "whether");
    private static final Set<String> REFUSE = Set.of("refuse", "decline", "fail", "reject");
    private static final Set<String> DENY = Set.of("deny", "denied", "denies", "rule", "ruled");

    private Cancellation() {}

    /**
     * Whether the event word at {@code i} is denied or only supposed: "did not meet", "has yet to
     * decide", "would be prepared to provide", "could visit", "if they attack", or a question.
     */
    static boolean cancelled(Sentence s, int i) {
        String text = s.text().strip();
        if (text.endsWith("?") || text.endsWith("?\"") || text.endsWith("?”")) {
            return true;
        }
        int from = Math.max(0, i - 6);
        boolean would = false;
        for (int k = from; k < i; k++) {
            Token t = s.tok(k);
            String w = t.lower();
            if (NEGATORS.contains(w)) {
                return true;
            }
            if (w.equals("yet") && k + 1 < s.size() && s.tok(k + 1).lower().equals("to")) {
                return true;
            }
            if (MODALS.contains(w) && t.pos().equals("MD")) {
                return true;
            }
            if (w.equals("would") || w.equals("'d")) {
                would = true;
            }
            if (would && (WILLING.contains(t.lemma()) || WILLING.contains(t.lower()))) {
                return true;
            }
            if (REFUSE.contains(t.lemma()) && k + 1 < s.size() && s.tok(k + 1).lower().equals("to")) {
                return true;
            }
            if (DENY.contains(t.lemma()) && !(t.lemma().equals("rule") && !(k + 1 < s.size() && s.tok(k + 1).lower().equals("out")))) {
                return true; // "denied carrying out the attack", "ruled out sending troops"
            }
        }
        for (int k = 0; k < i; k++) {
            if (CONDITION.contains(s.tok(k).lower())) {
                return true;
            }
        }
        for (String[] e : s.children(i, "advmod").stream().map(x -> new String[] {"", "" + x}).toList()) {
            if (NEGATORS.contains(s.tok(Integer.parseInt(e[1])).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} is governed by "stop", "halt" and the like: "agreed to stop attacks". */
    static boolean stopped(Sentence s, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (STOP_VERBS.contains(s.tok(k).lemma())) {
                return true;
            }
        }
        return false;
    }
}
